import { parseMoney, toDecimalString } from '../../shared/money'
import { normalizeNumberInput } from '../i18n/number-input'

/** Quantities are thousandths of the unit: "1.5" is 1500. */
export const QUANTITY_DECIMALS = 3

export type NumberProblem = 'not-a-number' | 'too-many-decimals' | 'negative'

export type Parsed = { ok: true; value: bigint } | { ok: false; problem: NumberProblem }

/** Typed text (in the locale's digits and separators) as exact minor units; empty is null. */
export function parseDecimal(text: string, decimals: number, locale: string): Parsed | null {
  const plain = normalizeNumberInput(text, locale)
  if (plain === '') return null
  const parsed = parseMoney(plain, decimals)
  return parsed.ok ? parsed : { ok: false, problem: parsed.reason }
}

const quantityFormats = new Map<string, Intl.NumberFormat>()

/**
 * A quantity for a cell in the locale's digits and decimal sign, as money is shown (Persian
 * digits in a Persian company): trailing zeros dropped, 1500n is "1.5". No grouping, so the text
 * reads back the same when it fills an input. `signed` puts a plus before a quantity above zero
 * (a count's variance), where the locale puts its signs.
 */
export function quantityText(thousandths: bigint, locale = 'en', signed = false): string {
  const key = signed ? `${locale}+` : locale
  let format = quantityFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      maximumFractionDigits: QUANTITY_DECIMALS,
      useGrouping: false,
      signDisplay: signed ? 'exceptZero' : 'auto',
    })
    quantityFormats.set(key, format)
  }
  // Intl.NumberFormat.format reads decimal strings exactly (ES2023), as formatMoney relies on.
  return format.format(toDecimalString(thousandths, QUANTITY_DECIMALS) as unknown as number)
}

/** A rate in hundredths of a percent (725) as a percentage ("7.25"). */
export function rateText(rate: number): string {
  return toDecimalString(BigInt(rate), 2).replace(/\.?0+$/, '')
}

/** A typed percentage ("7.25") as hundredths of a percent, or null when it is not one. */
export function parseRate(text: string, locale: string): number | null {
  const parsed = parseDecimal(text, 2, locale)
  if (!parsed || !parsed.ok) return null
  return Number(parsed.value)
}
