import type { CompanyContext } from '../company/company-context'
import { RATE_SCALE } from '../../../shared/domain/sales'
import { validationError } from '../../../shared/errors'
import { convertAtRate, currencyDecimals, isCurrencyCode } from '../../../shared/money'

/**
 * Exchange rates are stored as integers scaled by 10^9: `rate` is how many MAJOR units of the base
 * currency one MAJOR unit of the document's currency buys, times 10^9 (EUR at 1.0825 USD is
 * 1_082_500_000; KWD at 490.5 JPY is 490_500_000_000). Amounts are minor units, so converting
 * also shifts by the two currencies' minor-unit digits:
 *   base minor = doc minor * rate * 10^baseDigits / (10^9 * 10^docDigits), rounded half up
 * (half away from zero), in one bigint division so nothing is rounded twice.
 */
export interface Exchange {
  currency: string
  base: string
  rate: bigint
}

export function toBase(amount: bigint, exchange: Exchange): bigint {
  if (exchange.currency === exchange.base) return amount
  return convertAtRate(amount, exchange.rate, {
    from: currencyDecimals(exchange.currency),
    to: currencyDecimals(exchange.base),
  })
}

/**
 * The currency and rate a document or payment is kept in: the base currency at 1 when none is
 * named; a foreign one only with a positive rate. Refuses an unknown currency, a foreign one
 * without a rate, and a base-currency rate other than 1.
 */
export function resolveExchange(
  base: string,
  currency: string | undefined,
  rate: bigint | undefined,
): Exchange {
  const code = (currency ?? base).trim().toUpperCase()
  if (!isCurrencyCode(code))
    throw validationError('currency', `${code || 'An empty code'} is not a currency Daftar knows`)
  if (code === base) {
    if (rate !== undefined && rate !== RATE_SCALE)
      throw validationError(
        'rate',
        `${code} is this company's own currency; its rate is 1 (1000000000 scaled), not ${rate}`,
      )
    return { currency: code, base, rate: RATE_SCALE }
  }
  if (rate === undefined)
    throw validationError('rate', `Give the exchange rate from ${code} to ${base}`)
  if (rate <= 0n) throw validationError('rate', `The ${code} rate must be more than zero`)
  return { currency: code, base, rate }
}

/** Lines converted to base currency; the rounding difference goes to the largest net line. */
export function linesToBase<T extends { net: bigint; tax: bigint }>(
  lines: readonly T[],
  gross: bigint,
  exchange: Exchange,
): { lines: T[]; gross: bigint } {
  const baseGross = toBase(gross, exchange)
  const converted = lines.map((line) => ({
    ...line,
    net: toBase(line.net, exchange),
    tax: toBase(line.tax, exchange),
  }))
  const sum = converted.reduce((total, line) => total + line.net + line.tax, 0n)
  const largest = converted.reduce<number>(
    (best, line, index) => (best < 0 || line.net > converted[best]!.net ? index : best),
    -1,
  )
  if (largest >= 0) converted[largest]!.net += baseGross - sum
  return { lines: converted, gross: baseGross }
}

/** A stored document's currency and rate against the company's base currency. */
export function documentExchange(
  ctx: CompanyContext,
  doc: { currency: string; rate: bigint },
  base = ctx.settings().currency,
): Exchange {
  return { currency: doc.currency, base, rate: doc.rate }
}

/** The document row's base-currency totals from its lines as posted. */
export function baseTotals(inBase: { lines: { net: bigint; tax: bigint }[]; gross: bigint }) {
  const tax = inBase.lines.reduce((sum, line) => sum + line.tax, 0n)
  return { base_net: inBase.gross - tax, base_tax: tax, base_gross: inBase.gross }
}
