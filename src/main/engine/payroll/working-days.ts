import { addDays } from '../../../shared/dates'

/**
 * Working days between two dates (both included) for a work week of seven 0/1 flags, Monday
 * first ('1111100' is Monday to Friday). Public holidays are not taken out: enter them as days
 * worked when they matter.
 */
export function workingDays(from: string, to: string, workWeek: string): number {
  if (to < from) return 0
  const start = Date.parse(`${from}T00:00:00Z`)
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000) + 1
  const firstWeekday = (new Date(start).getUTCDay() + 6) % 7
  const perWeek = [...workWeek].filter((flag) => flag === '1').length
  let count = Math.floor(days / 7) * perWeek
  for (let i = 0; i < days % 7; i++) if (workWeek[(firstWeekday + i) % 7] === '1') count++
  return count
}

/** The part of [from, to] during which the employee was employed, or null if none. */
export function employedWithin(
  from: string,
  to: string,
  startDate: string,
  endDate: string | null,
): { from: string; to: string } | null {
  const first = startDate > from ? startDate : from
  const last = endDate !== null && endDate < to ? endDate : to
  return first <= last ? { from: first, to: last } : null
}

export { addDays }
