import type { CompanySettings } from '../../../shared/domain/company'
import type { CompanyContext } from '../company/company-context'
import type { DocumentTable } from '../db/sales-schema'
import { nowIso } from '../ids'
import { assertValidEntry } from '../ledger/journal'
import { writePostedEntries, type ValidEntry } from '../ledger/posting'
import { baseTotals, linesToBase, type Exchange } from './exchange'

// Raw statements, prepared once: these run for every posted invoice, credit note, bill and note.
const POSTING_LINES = `SELECT l.line_no, l.account_id, l.net, l.tax, t.output_account_id,
    t.input_account_id, l.base_net AS saved_net, l.base_tax AS saved_tax
  FROM document_line l LEFT JOIN tax_code t ON t.id = l.tax_code_id
  WHERE l.document_id = ? ORDER BY l.line_no`
const SET_LINE_BASE = `UPDATE document_line SET base_net = ?, base_tax = ?, base_gross = ?
  WHERE document_id = ? AND line_no = ?`
const MARK_POSTED = `UPDATE document SET status = 'posted', number = ?, journal_entry_id = ?,
    base_net = ?, base_tax = ?, base_gross = ?, updated_at = ?
  WHERE id = ?`

export interface PostingLineRow {
  line_no: bigint
  account_id: string
  net: bigint
  tax: bigint
  /** The line's tax code's output tax account (sales) and input tax account (purchases). */
  output_account_id: string | null
  input_account_id: string | null
  /** The line's base amounts as its draft was saved with them. */
  saved_net: bigint
  saved_tax: bigint
}

/** A document in base currency as it posts. */
export interface DocumentInBase {
  lines: PostingLineRow[]
  gross: bigint
}

/**
 * A draft's lines as they post, in line order and in the base currency: each line converted at
 * the document's rate, the rounding difference on the largest line (see `linesToBase`).
 */
export function postingLinesInBase(
  ctx: CompanyContext,
  doc: Pick<DocumentTable, 'id' | 'gross'>,
  exchange: Exchange,
): DocumentInBase {
  const lines = ctx.q.prepare(POSTING_LINES).all(doc.id) as PostingLineRow[]
  return linesToBase(lines, doc.gross, exchange)
}

/**
 * The last step of posting any invoice, credit note, bill or debit note: its journal through the one
 * posting path, then each line's base-currency amounts (they sum exactly to the document's, as
 * the journal does), the document marked posted with its number, journal and base-currency
 * totals, and the change log. Returns the journal entry's id. Runs inside the caller's transaction.
 */
export function recordDocumentPosting(
  ctx: CompanyContext,
  id: string,
  number: string,
  entry: ValidEntry,
  inBase: DocumentInBase,
  settings: Pick<CompanySettings, 'lockDate' | 'decimals'>,
): string {
  assertValidEntry(ctx, entry, settings)
  const [journal] = writePostedEntries(ctx, [entry])
  // A draft is saved with its lines in base as posting converts them; any line that differs
  // is set now, before the document is marked posted (its lines are final from then, by trigger).
  for (const line of inBase.lines)
    if (line.net !== line.saved_net || line.tax !== line.saved_tax)
      ctx.q.prepare(SET_LINE_BASE).run(line.net, line.tax, line.net + line.tax, id, line.line_no)
  const totals = baseTotals(inBase)
  ctx.q
    .prepare(MARK_POSTED)
    .run(number, journal!.id, totals.base_net, totals.base_tax, totals.base_gross, nowIso(), id)
  // Strings only: plain JSON.stringify writes what `append` would, without its bigint replacer.
  const change = JSON.stringify({ number, journalEntryId: journal!.id })
  ctx.changes.appendJson('document', id, 'post', change)
  return journal!.id
}
