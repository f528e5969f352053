import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { getEntry } from '../../src/main/engine/ledger/journal'

/** A journal entry's lines as [account code, debit, credit], in the entry's order. */
export function entryLines(ctx: CompanyContext, entryId: string): [string, bigint, bigint][] {
  return getEntry(ctx, entryId).lines.map((line) => [line.accountCode, line.debit, line.credit])
}
