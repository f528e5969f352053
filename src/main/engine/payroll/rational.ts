/**
 * Exact rational numbers over bigint, for payroll arithmetic: percentages, pro rata fractions and
 * formulas never pass through a floating-point number. Always normalised: den > 0, gcd 1.
 */
export interface Rational {
  readonly num: bigint
  readonly den: bigint
}

export const ZERO: Rational = { num: 0n, den: 1n }
export const ONE: Rational = { num: 1n, den: 1n }

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a
  let y = b < 0n ? -b : b
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('division by zero')
  if (den < 0n) [num, den] = [-num, -den]
  if (den === 1n) return { num, den }
  const divisor = gcd(num, den)
  return divisor <= 1n ? { num, den } : { num: num / divisor, den: den / divisor }
}

export const int = (value: bigint | number): Rational => ({ num: BigInt(value), den: 1n })

export const add = (a: Rational, b: Rational): Rational =>
  a.den === b.den && a.den === 1n
    ? { num: a.num + b.num, den: 1n }
    : rational(a.num * b.den + b.num * a.den, a.den * b.den)
export const sub = (a: Rational, b: Rational): Rational => add(a, { num: -b.num, den: b.den })
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den)
export const div = (a: Rational, b: Rational): Rational => {
  if (b.num === 0n) throw new RangeError('division by zero')
  return rational(a.num * b.den, a.den * b.num)
}
export const neg = (a: Rational): Rational => ({ num: -a.num, den: a.den })
export const compare = (a: Rational, b: Rational): number => {
  const diff = a.num * b.den - b.num * a.den
  return diff < 0n ? -1 : diff > 0n ? 1 : 0
}
export const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b)
export const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b)
export const isZero = (a: Rational): boolean => a.num === 0n

/** Rounds half away from zero (half-up in magnitude) to a whole number: 2.5 -> 3, -2.5 -> -3. */
export function roundHalfUp(value: Rational): bigint {
  const negative = value.num < 0n
  const magnitude = negative ? -value.num : value.num
  const rounded = (2n * magnitude + value.den) / (2n * value.den)
  return negative ? -rounded : rounded
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/

/** Parses exact decimal text ("8", "17.5", "-0.125") into a rational; null if it is not one. */
export function parseDecimal(text: string): Rational | null {
  const match = DECIMAL.exec(text.trim())
  if (!match) return null
  const [, sign, whole = '0', fraction = ''] = match
  const value = rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length))
  return sign ? neg(value) : value
}

/** Minor units of a currency with `decimals` places as a rational count of major units. */
export const fromMinor = (minor: bigint, decimals: number): Rational =>
  rational(minor, 10n ** BigInt(decimals))

/** Major units to minor units, rounded half-up to the minor unit. */
export const toMinor = (value: Rational, decimals: number): bigint =>
  roundHalfUp(mul(value, int(10n ** BigInt(decimals))))

/** A readable decimal for messages and JSON: exact when it terminates, else 6 places. */
export function formatRational(value: Rational): string {
  if (value.den === 1n) return value.num.toString()
  const scaled = roundHalfUp(mul(value, int(1_000_000n)))
  const negative = scaled < 0n
  const digits = (negative ? -scaled : scaled).toString().padStart(7, '0')
  const text = `${digits.slice(0, -6)}.${digits.slice(-6)}`.replace(/\.?0+$/, '')
  return (negative ? '-' : '') + text
}
