import { RATE_SCALE } from '../../../shared/domain/sales'
import {
  currencyDecimals,
  exchangeRateText,
  isCurrencyCode,
  parseExchangeRate,
  type ParseRateFailure,
} from '../../../shared/money'
import type { FieldReader } from './sales-import-fields'

/** A document's foreign currency as a file gives it, with its exchange rate (scaled by 10^9). */
export interface ImportedCurrency {
  code: string
  rate: bigint
  decimals: number
}

const RATE_MESSAGES: Record<ParseRateFailure, string> = {
  'not-a-number': 'is not a rate (write it like 1.0825 or 25350.5, without thousands separators)',
  'too-many-decimals': 'has more than 9 decimals, the most a rate may have',
  'not-positive': 'is not a rate: it must be more than zero',
}

/**
 * The currency and rate columns of a document's first row: empty currency is the company's own
 * (its rate empty or 1); a foreign one needs its rate, how many `base` one unit of it buys.
 */
export function readCurrency(
  read: FieldReader,
  base: string,
  currencyText: string,
  rateText: string,
): { currency?: ImportedCurrency } {
  const code = currencyText.trim().toUpperCase() || base
  const text = rateText.trim()
  if (!isCurrencyCode(code)) {
    read.problem(
      'currency',
      `${currencyText.trim()} is not a currency Daftar knows (give its code, like EUR)`,
    )
    return {}
  }
  const parsed = text ? parseExchangeRate(text) : undefined
  if (parsed && !parsed.ok) {
    read.problem('rate', `${text} ${RATE_MESSAGES[parsed.reason]}`)
    return {}
  }
  if (code === base) {
    if (parsed && parsed.value !== RATE_SCALE)
      read.problem(
        'rate',
        `${code} is this company's own currency: leave the rate empty or 1, not ${text}`,
      )
    return {}
  }
  if (!parsed) {
    read.problem(
      'rate',
      `The rate is required for ${code}: how many ${base} one ${code} buys, like 1.0825`,
    )
    return {}
  }
  return { currency: { code, rate: parsed.value, decimals: currencyDecimals(code) } }
}

/** The rate a later row of a document repeats, when it gives one that is not the first row's. */
export function otherRate(rateText: string, currency: ImportedCurrency | undefined): string | null {
  const text = rateText.trim()
  if (!text) return null
  const parsed = parseExchangeRate(text)
  const rate = currency?.rate ?? RATE_SCALE
  return parsed.ok && parsed.value === rate ? null : exchangeRateText(rate)
}
