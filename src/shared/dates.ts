/** Calendar dates are ISO text, YYYY-MM-DD, in the company's own calendar day (no time zone). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(time).toISOString().slice(0, 10)
}

export function monthOf(date: string): string {
  return date.slice(0, 7)
}

export function firstDayOfMonth(date: string): string {
  return `${monthOf(date)}-01`
}

/** Today's date where the user is (the local calendar), as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The first day of the fiscal year that contains `date`, given the year's start as MM-DD. */
export function fiscalYearStartFor(date: string, fiscalYearStart: string): string {
  const year = Number(date.slice(0, 4))
  const candidate = `${year}-${fiscalYearStart}`
  return candidate <= date ? candidate : `${year - 1}-${fiscalYearStart}`
}

/**
 * The period just before [from, to]: the same number of whole months when the range is whole
 * months (2024 compares with 2023, leap day or not), otherwise the same number of days.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const previousTo = addDays(from, -1)
  if (from.endsWith('-01') && addDays(to, 1).endsWith('-01')) {
    const months = monthIndex(to) - monthIndex(from) + 1
    const start = monthIndex(from) - months
    return {
      from: `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}-01`,
      to: previousTo,
    }
  }
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
  return { from: addDays(previousTo, -days), to: previousTo }
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
}
