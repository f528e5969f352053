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

/** A quantity as plain text for a cell: trailing zeros dropped, "1.500" is "1.5". */
export function quantityText(thousandths: bigint): string {
  const text = toDecimalString(thousandths, QUANTITY_DECIMALS)
  return text.replace(/\.?0+$/, '')
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
