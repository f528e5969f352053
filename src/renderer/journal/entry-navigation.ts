import {
  balancingAmount,
  lineField,
  parseAmount,
  type AmountRules,
  type EntryDraft,
  type LineColumn,
} from './entry-draft'

export const HEADER_FIELDS = ['date', 'reference', 'memo'] as const

export function parseLineField(field: string): { key: string; column: LineColumn } | null {
  const match = /^lines\.([^.]+)\.(account|debit|credit|memo)$/.exec(field)
  return match ? { key: match[1]!, column: match[2] as LineColumn } : null
}

/** Where Enter goes from `field`: a field, or a new line at the end; maybe filling an amount. */
export type Step =
  | { kind: 'focus'; field: string; fill?: { key: string; debit: string; credit: string } }
  | { kind: 'new-line' }

/**
 * Enter moves through the entry the way a bookkeeper types it: date, reference, memo, then each
 * line's account, amount and memo. Leaving an account for an empty line fills in the amount that
 * balances the entry, on the side it belongs, so a two-line entry needs one amount typed.
 */
export function nextStep(field: string, draft: EntryDraft, rules: AmountRules): Step {
  const header = HEADER_FIELDS.indexOf(field as (typeof HEADER_FIELDS)[number])
  if (header >= 0) {
    const next = HEADER_FIELDS[header + 1]
    if (next) return { kind: 'focus', field: next }
    const first = draft.lines[0]
    return first ? { kind: 'focus', field: lineField(first.key, 'account') } : { kind: 'new-line' }
  }
  const at = parseLineField(field)
  const index = at ? draft.lines.findIndex((line) => line.key === at.key) : -1
  const line = draft.lines[index]
  if (!at || !line) return { kind: 'focus', field: 'date' }
  const go = (column: LineColumn): Step => ({ kind: 'focus', field: lineField(at.key, column) })
  switch (at.column) {
    case 'account': {
      const hasDebit = line.debit.trim() !== ''
      const hasCredit = line.credit.trim() !== ''
      if (hasDebit || hasCredit) return go(!hasDebit ? 'credit' : 'debit')
      const fill = balancingAmount(draft.lines, rules)
      if (!fill.debit && !fill.credit) return go('debit')
      return {
        kind: 'focus',
        field: lineField(at.key, fill.credit ? 'credit' : 'debit'),
        fill: { key: at.key, ...fill },
      }
    }
    case 'debit': {
      const debit = parseAmount(line.debit, rules)
      return debit.ok && debit.value === 0n ? go('credit') : go('memo')
    }
    case 'credit':
      return go('memo')
    case 'memo': {
      const next = draft.lines[index + 1]
      return next ? { kind: 'focus', field: lineField(next.key, 'account') } : { kind: 'new-line' }
    }
  }
}
