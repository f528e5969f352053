/**
 * Money is a bigint count of the currency's minor unit (cents, fils, rials). These helpers turn
 * decimal text into minor units and back without ever passing through a floating-point number.
 */

export type ParseMoneyResult =
  { ok: true; value: bigint } | { ok: false; reason: ParseMoneyFailure }
export type ParseMoneyFailure = 'not-a-number' | 'too-many-decimals' | 'negative'

const DECIMAL = /^(-)?(\d+)(?:\.(\d*))?$/

/** Parses plain decimal text ("1234.5", "-3", "0.125") with `.` as the separator. */
export function parseMoney(
  text: string,
  decimals: number,
  options: { allowNegative?: boolean } = {},
): ParseMoneyResult {
  const match = DECIMAL.exec(text.trim())
  if (!match) return { ok: false, reason: 'not-a-number' }
  const [, sign, whole = '0', fraction = ''] = match
  if (fraction.length > decimals) return { ok: false, reason: 'too-many-decimals' }
  if (sign && !options.allowNegative) return { ok: false, reason: 'negative' }
  const minor = BigInt(whole + fraction.padEnd(decimals, '0'))
  return { ok: true, value: sign ? -minor : minor }
}

/** Formats minor units as plain decimal text: 123456n, 2 -> "1234.56". No grouping, `.` separator. */
export function toDecimalString(minor: bigint, decimals: number): string {
  const negative = minor < 0n
  const digits = (negative ? -minor : minor).toString().padStart(decimals + 1, '0')
  const whole = decimals === 0 ? digits : digits.slice(0, -decimals)
  const fraction = decimals === 0 ? '' : '.' + digits.slice(-decimals)
  return (negative ? '-' : '') + whole + fraction
}

/** Formats for people, in their locale: grouping and the locale's decimal sign, exact for any bigint. */
export function formatMoney(minor: bigint, decimals: number, locale = 'en'): string {
  const text = toDecimalString(minor, decimals)
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
  // Intl.NumberFormat.format accepts decimal strings exactly (ES2023); the cast keeps older lib types happy.
  return format.format(text as unknown as number)
}

export function sumMoney(values: Iterable<bigint>): bigint {
  let total = 0n
  for (const value of values) total += value
  return total
}
