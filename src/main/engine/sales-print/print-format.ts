import type { PrintDirection } from '../../../shared/domain/printable'
import {
  currencyDecimals,
  exchangeRateText,
  formatMoney,
  toDecimalString,
} from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv'])

/** Money, dates and quantities as the company's locale writes them. */
export interface PrintFormat {
  locale: string
  direction: PrintDirection
  money: (minor: bigint) => string
  date: (iso: string) => string
  quantity: (thousandths: bigint) => string
  /** An exchange rate scaled by 10^9, with as many decimals as it has (up to 9). */
  rate: (scaled: bigint) => string
}

/** Money in `currency`'s minor-unit digits (the company's own when none is named). */
export function printFormat(ctx: CompanyContext, currency?: string): PrintFormat {
  const settings = ctx.settings()
  const { locale } = settings
  const decimals = currency ? currencyDecimals(currency) : settings.decimals
  const dates = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  })
  const quantities = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })
  const rates = new Intl.NumberFormat(locale, { maximumFractionDigits: 9 })
  return {
    locale,
    direction: RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr',
    money: (minor) => formatMoney(minor, decimals, locale),
    date: (iso) => dates.format(Date.parse(`${iso}T00:00:00Z`)),
    // Exact for any bigint: Intl formats decimal strings without a float in between.
    quantity: (q) => quantities.format(toDecimalString(q, 3) as unknown as number),
    rate: (scaled) => rates.format(exchangeRateText(scaled) as unknown as number),
  }
}
