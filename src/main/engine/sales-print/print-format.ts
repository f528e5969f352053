import type { PrintDirection } from '../../../shared/domain/printable'
import { formatMoney, toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv'])

/** Money, dates and quantities as the company's locale writes them. */
export interface PrintFormat {
  locale: string
  direction: PrintDirection
  money: (minor: bigint) => string
  date: (iso: string) => string
  quantity: (thousandths: bigint) => string
}

export function printFormat(ctx: CompanyContext): PrintFormat {
  const { locale, decimals } = ctx.settings()
  const dates = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  })
  const quantities = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })
  return {
    locale,
    direction: RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr',
    money: (minor) => formatMoney(minor, decimals, locale),
    date: (iso) => dates.format(Date.parse(`${iso}T00:00:00Z`)),
    // Exact for any bigint: Intl formats decimal strings without a float in between.
    quantity: (q) => quantities.format(toDecimalString(q, 3) as unknown as number),
  }
}
