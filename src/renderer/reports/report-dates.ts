import { daysInMonth, fiscalYearStartFor, isIsoDate, today } from '../../shared/dates'
import type { Route } from '../routing/routes'

/** Defaults when a report's address leaves dates out: today, and the fiscal year so far. */
export function reportDefaults(fiscalYearStart: string, now: string = today()) {
  return { asOf: now, from: fiscalYearStartFor(now, fiscalYearStart), to: now }
}

/** Where an as-of report's account row leads: its ledger from the fiscal year's start to that day. */
export function yearToDateLedger(accountId: string, asOf: string, fiscalYearStart: string): Route {
  return {
    page: 'general-ledger',
    account: accountId,
    from: fiscalYearStartFor(asOf, fiscalYearStart),
    to: asOf,
  }
}

/**
 * The period to compare with: for whole months (a month, a quarter, a year) the same number of
 * months just before, so 2024 compares with 2023 even across a leap day. Otherwise undefined,
 * and the engine takes the same number of days just before.
 */
export function comparePeriod(from: string, to: string): { from: string; to: string } | undefined {
  if (!from.endsWith('-01') || !isMonthEnd(to) || to < from) return undefined
  const months = monthIndex(to) - monthIndex(from) + 1
  const start = monthIndex(from) - months
  const end = monthIndex(from) - 1
  return { from: `${monthText(start)}-01`, to: `${monthText(end)}-${lastDay(end)}` }
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
const monthText = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
const lastDay = (index: number) => String(daysInMonth(Math.floor(index / 12), (index % 12) + 1))

function isMonthEnd(date: string): boolean {
  return isIsoDate(date) && date.slice(8) === lastDay(monthIndex(date))
}
