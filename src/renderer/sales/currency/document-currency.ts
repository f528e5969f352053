import {
  currencyDecimals,
  exchangeRateText,
  isCurrencyCode,
  parseExchangeRate,
  type ParseRateFailure,
} from '../../../shared/money'
import { normalizeNumberInput, separatorsOf } from '../../i18n/number-input'

/** Why a document's typed rate cannot be sent. */
export type RateProblem = `rate-${ParseRateFailure}` | 'rate-missing'

/** A document's currency as the form holds it: the code, and the rate as typed. */
export interface TypedCurrency {
  currency?: string | undefined
  rate?: string | undefined
}

/** Whether the document is in another currency than the company's. */
export const isForeign = (typed: TypedCurrency, base: string): boolean =>
  !!typed.currency && typed.currency !== base

/** The minor-unit digits of the document's currency (the company's when it names none). */
export function documentDecimals(typed: TypedCurrency, companyDecimals: number): number {
  return typed.currency && isCurrencyCode(typed.currency)
    ? currencyDecimals(typed.currency)
    : companyDecimals
}

/** A rate typed in the locale ("25,350.5", "۱٫۵") as its exact 10^9-scaled integer, or why not. */
export function readRateInput(
  text: string,
  locale: string,
): { ok: true; value: bigint } | { ok: false; problem: RateProblem } {
  const plain = normalizeNumberInput(text, locale)
  if (plain === '') return { ok: false, problem: 'rate-missing' }
  const parsed = parseExchangeRate(plain)
  return parsed.ok ? parsed : { ok: false, problem: `rate-${parsed.reason}` }
}

/** A stored rate as the locale types it: "1.0825", or "1,0825" where the comma is decimal. */
export function rateInputText(rate: bigint, locale: string): string {
  return exchangeRateText(rate).replace('.', separatorsOf(locale).decimal)
}

/**
 * What the document sends for its currency: nothing in the company's own, the code and exact rate
 * in a foreign one; or the rate's problem.
 */
export function documentCurrencyInput(
  typed: TypedCurrency,
  base: string,
  locale: string,
): { ok: true; input: { currency?: string; rate?: bigint } } | { ok: false; problem: RateProblem } {
  if (!isForeign(typed, base)) return { ok: true, input: {} }
  const rate = readRateInput(typed.rate ?? '', locale)
  if (!rate.ok) return rate
  return { ok: true, input: { currency: typed.currency!, rate: rate.value } }
}

/** A saved document's rate as the form shows it: empty in the company's own currency. */
export function foreignRateText(
  doc: { currency: string; rate?: bigint | undefined },
  base: string,
  locale: string,
): string {
  return doc.currency !== base && doc.rate ? rateInputText(doc.rate, locale) : ''
}

/** Whether product and price-list prices (kept in the company's currency) can price its lines. */
export const pricedInCompanyCurrency = (typed: TypedCurrency & { baseCurrency?: string }) =>
  !typed.baseCurrency || !isForeign(typed, typed.baseCurrency)
