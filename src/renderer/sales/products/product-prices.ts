import type { Translate } from '../../i18n/translate'
import { parseDecimal } from '../sales-numbers'

export type PriceField = 'salesPrice' | 'purchasePrice'

/**
 * A product form's typed prices in minor units (blank ones left out), or what is wrong with each
 * that does not read, by field.
 */
export function readPrices(
  values: Record<PriceField, string>,
  rules: { decimals: number; locale: string; t: Translate },
):
  | { ok: true; prices: Partial<Record<PriceField, bigint>> }
  | { ok: false; problems: Partial<Record<PriceField, string>> } {
  const { decimals, t } = rules
  const prices: Partial<Record<PriceField, bigint>> = {}
  const problems: Partial<Record<PriceField, string>> = {}
  for (const field of ['salesPrice', 'purchasePrice'] as const) {
    const parsed = parseDecimal(values[field], decimals, rules.locale)
    if (parsed?.ok) prices[field] = parsed.value
    else if (parsed)
      problems[field] =
        parsed.problem === 'too-many-decimals'
          ? t('sales.problem.tooManyDecimals', { decimals })
          : parsed.problem === 'negative'
            ? t('sales.problem.negative')
            : t('sales.problem.amount')
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, prices }
}
