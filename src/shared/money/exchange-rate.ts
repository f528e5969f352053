import { divideHalfUp } from './tax-math'

/**
 * Exchange rates are integers scaled by 10^9 (RATE_SCALE in domain/sales): 1.0825 is 1_082_500_000.
 * These turn plain decimal text into that integer and back, digit by digit, never through a
 * floating-point number, so 0.0000395 or 25350.5 come out exact.
 */
export const RATE_DIGITS = 9

export type ParseRateFailure = 'not-a-number' | 'too-many-decimals' | 'not-positive'
export type ParseRateResult = { ok: true; value: bigint } | { ok: false; reason: ParseRateFailure }

const RATE_TEXT = /^(\d*)(?:\.(\d*))?$/

/** Parses plain decimal text with `.` as the separator ("25350.5", "0.0000395") into 10^9 units. */
export function parseExchangeRate(text: string): ParseRateResult {
  const plain = text.trim()
  const match = RATE_TEXT.exec(plain)
  if (!match || plain === '' || plain === '.') return { ok: false, reason: 'not-a-number' }
  const [, whole = '', fraction = ''] = match
  // Trailing zeros past the ninth digit change nothing: "1.0825000000" is still exact.
  const significant = fraction.replace(/0+$/, '')
  if (significant.length > RATE_DIGITS) return { ok: false, reason: 'too-many-decimals' }
  const value = BigInt((whole || '0') + significant.padEnd(RATE_DIGITS, '0'))
  if (value <= 0n) return { ok: false, reason: 'not-positive' }
  return { ok: true, value }
}

/** A scaled rate as plain decimal text with no trailing zeros: 1_082_500_000n is "1.0825". */
export function exchangeRateText(rate: bigint): string {
  const digits = rate.toString().padStart(RATE_DIGITS + 1, '0')
  const whole = digits.slice(0, -RATE_DIGITS)
  const fraction = digits.slice(-RATE_DIGITS).replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

/**
 * An amount in one currency's minor units converted at a 10^9-scaled rate into another's (how
 * many major units of the other one major unit buys), rounded half away from zero in one bigint
 * division: amount * rate * 10^toDigits / (10^9 * 10^fromDigits).
 */
export function convertAtRate(
  amount: bigint,
  rate: bigint,
  digits: { from: number; to: number },
): bigint {
  return divideHalfUp(
    amount * rate * 10n ** BigInt(digits.to),
    10n ** BigInt(RATE_DIGITS + digits.from),
  )
}
