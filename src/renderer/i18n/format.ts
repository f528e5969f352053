import { formatMoney } from '../../shared/money'

/** Formats for the company's locale: money exactly (bigint), dates as calendar days. */
export interface Formatters {
  locale: string
  money: (minor: bigint) => string
  date: (iso: string) => string
  number: (value: number) => string
}

export function createFormatters(locale: string, decimals: number): Formatters {
  const dates = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  })
  const numbers = new Intl.NumberFormat(locale)
  return {
    locale,
    money: (minor) => formatMoney(minor, decimals, locale),
    date: (iso) => {
      const time = Date.parse(`${iso}T00:00:00Z`)
      return Number.isNaN(time) ? iso : dates.format(time)
    },
    number: (value) => numbers.format(value),
  }
}
