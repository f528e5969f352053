import type { CompanyContext } from '../company/company-context'
import { nowIso } from '../ids'
import { assertValidEntry } from '../ledger/journal'
import { writePostedEntries, type ValidEntry } from '../ledger/posting'
import { baseTotals } from './exchange'

/**
 * The last step of posting any invoice, credit note, bill or debit note: its journal through the one
 * posting path, then the document marked posted with its number, journal and base-currency totals,
 * and the change log. Returns the journal entry's id. Runs inside the caller's transaction.
 */
export function recordDocumentPosting(
  ctx: CompanyContext,
  id: string,
  number: string,
  entry: ValidEntry,
  inBase: Parameters<typeof baseTotals>[0],
): string {
  assertValidEntry(ctx, entry)
  const [journal] = writePostedEntries(ctx, [entry])
  ctx.q.run(
    ctx.db
      .updateTable('document')
      .set({
        status: 'posted',
        number,
        journal_entry_id: journal!.id,
        ...baseTotals(inBase),
        updated_at: nowIso(),
      })
      .where('id', '=', id),
  )
  ctx.changes.append('document', id, 'post', { number, journalEntryId: journal!.id })
  return journal!.id
}
