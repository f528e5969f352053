import type { PrintableLabelValue, PrintableTotal } from '../../../shared/domain/printable'
import type { CompanyContext } from '../company/company-context'
import { PRINT_LABELS as L } from './print-labels'
import { printFormat } from './print-format'

/** What a document or payment is kept in: its currency, its rate and its amount in base currency. */
export interface KeptIn {
  currency: string
  /** Scaled by 10^9; absent or ignored in the company's own currency. */
  rate?: bigint | undefined
  baseAmount?: bigint | undefined
}

/**
 * How a document in a foreign currency says so: its currency and rate among the header facts, its
 * money labels marked with the currency's code, and a last total in the company's currency. A
 * document in the company's own currency prints as before, none of it added.
 */
export function printCurrency(ctx: CompanyContext, kept: KeptIn) {
  const base = ctx.settings().currency
  const foreign = kept.currency !== base
  const f = printFormat(ctx, kept.currency)
  const facts: PrintableLabelValue[] =
    foreign && kept.rate !== undefined
      ? [
          { label: L.currency, value: kept.currency },
          { label: L.exchangeRate, value: `1 ${kept.currency} = ${f.rate(kept.rate)} ${base}` },
        ]
      : []
  const baseTotal: PrintableTotal[] =
    foreign && kept.baseAmount !== undefined
      ? [
          {
            label: L.totalInBase.replace('{currency}', base),
            value: printFormat(ctx).money(kept.baseAmount),
          },
        ]
      : []
  return {
    /** Formats money in the document's own currency and its minor-unit digits. */
    f,
    facts,
    baseTotal,
    /** "Total" as "Total (EUR)" on a foreign document. */
    label: (label: string) => (foreign ? `${label} (${kept.currency})` : label),
  }
}
