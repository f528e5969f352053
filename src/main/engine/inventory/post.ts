import type { StockDocument, StockDocumentInput } from '../../../shared/domain/inventory'
import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { nowIso } from '../ids'
import { reserveNumbers } from '../ledger/numbering'
import { getStockDocument, insertStockDraft } from './documents'
import { planMoves } from './plan-moves'
import { documentAmounts, postRevaluations, postStockJournal } from './stock-journals'
import { writeMoves } from './write-moves'

export const SERIES: Record<StockDocument['type'], string> = {
  receipt: 'GR',
  delivery: 'DO',
  transfer: 'TR',
  adjustment: 'ADJ',
  count: 'SC',
  opening: 'OS',
}

const MARK_POSTED = `UPDATE stock_document SET status = 'posted', number = ?, journal_entry_id = ?,
  updated_at = ? WHERE id = ?`

/** Creates and posts a stock document in one transaction. */
export function recordStockDocument(ctx: CompanyContext, input: StockDocumentInput): StockDocument {
  return ctx.transaction(() => postStockDocument(ctx, insertStockDraft(ctx, input)))
}

/**
 * Posts a draft: numbers it, writes its moves (refusing a shortfall under the 'refuse' policy),
 * values them, posts its journal and any revaluation a back-dated move causes, all at once.
 */
export function postStockDocument(ctx: CompanyContext, id: string): StockDocument {
  return ctx.transaction(() => {
    const document = getStockDocument(ctx, id)
    if (document.status !== 'draft')
      throw new DaftarError('posted-is-final', `${document.number} is already ${document.status}`, {
        id,
      })
    refuseLockedDate(ctx, document.date)
    if (document.lines.length === 0)
      throw validationError('lines', 'A stock document needs at least one line')
    const planned = planMoves(ctx, document)
    const [number] = reserveNumbers(ctx, SERIES[document.type], 1)
    const { values, revaluations } = writeMoves(ctx, document.date, planned)
    const journalId = postStockJournal(ctx, {
      date: document.date,
      reference: number!,
      memo: document.memo || document.reason,
      amounts: documentAmounts(document.type, values),
    })
    ctx.q.prepare(MARK_POSTED).run(number, journalId, nowIso(), id)
    postRevaluations(ctx, revaluations, number!)
    ctx.changes.append('stock_document', id, 'post', { number, journalEntryId: journalId })
    return getStockDocument(ctx, id)
  })
}

export function refuseLockedDate(ctx: CompanyContext, date: string): void {
  const { lockDate } = ctx.settings()
  if (lockDate && date <= lockDate)
    throw new DaftarError(
      'period-locked',
      `The books are locked up to ${lockDate}; ${date} is on or before that`,
      { field: 'date' },
    )
}
