import type { StockDocument } from '../../../shared/domain/inventory'
import { isIsoDate } from '../../../shared/dates'
import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { StockMoveKind } from '../db/inventory-schema'
import { nowIso } from '../ids'
import { getStockDocument } from './documents'
import { refuseLockedDate } from './post'
import {
  counterAccount,
  postRevaluations,
  postStockJournal,
  type StockJournal,
} from './stock-journals'
import { stockAccountId } from './stock-accounts'
import { writeMoves, type PlannedMove } from './write-moves'

interface OriginalMove {
  id: bigint
  line_no: bigint
  kind: StockMoveKind
  product_id: string
  warehouse_id: string
  bin_id: string | null
  lot_id: string | null
  quantity: bigint
  value: bigint
}

/**
 * Cancels a posted document on `date`: a reversing move for each of its moves (refused, under
 * the 'refuse' policy, when the stock it brought in has gone) and a reversing journal. Stock
 * a cancelled delivery brings back returns at the value it left with; stock a cancelled receipt
 * takes back leaves from its own layer first, any difference to stock adjustments.
 */
export function cancelStockDocument(ctx: CompanyContext, id: string, date: string): StockDocument {
  return ctx.transaction(() => {
    const document = getStockDocument(ctx, id)
    if (document.status !== 'posted')
      throw new DaftarError('validation', `Only a posted stock document can be cancelled`, { id })
    if (!isIsoDate(date)) throw validationError('date', `${date} is not a real date (YYYY-MM-DD)`)
    if (date < document.date)
      throw validationError(
        'date',
        `${document.number} cannot be cancelled before its date ${document.date}`,
      )
    refuseLockedDate(ctx, date)
    const originals = ctx.q
      .prepare(
        `SELECT id, line_no, kind, product_id, warehouse_id, bin_id, lot_id, quantity, value
         FROM stock_move WHERE document_id = ? AND kind <> 'cancel' ORDER BY id`,
      )
      .all(id) as OriginalMove[]
    const lineIndex = new Map(document.lines.map((line, index) => [BigInt(line.lineNo), index]))
    const planned: PlannedMove[] = originals.map((move) => ({
      place: {
        productId: move.product_id,
        warehouseId: move.warehouse_id,
        binId: move.bin_id,
        lotId: move.lot_id,
      },
      field: `lines.${lineIndex.get(move.line_no) ?? 0}.quantity`,
      move: {
        documentId: id,
        lineNo: move.line_no,
        kind: 'cancel',
        warehouseId: move.warehouse_id,
        binId: move.bin_id,
        lotId: move.lot_id,
        quantity: -move.quantity,
        value: move.quantity < 0n ? -move.value : 0n,
        originId: move.id,
        originKind: move.kind,
      },
    }))
    const { values, revaluations } = writeMoves(ctx, date, planned)
    const cancelEntryId = postStockJournal(ctx, {
      date,
      reference: document.number ?? '',
      memo: `Cancellation of ${document.number}`,
      amounts: cancelAmounts(ctx, document, values),
    })
    ctx.q.run(
      ctx.db
        .updateTable('stock_document')
        .set({
          status: 'cancelled',
          cancelled_on: date,
          cancel_entry_id: cancelEntryId,
          updated_at: nowIso(),
        })
        .where('id', '=', id),
    )
    postRevaluations(ctx, revaluations, document.number ?? '')
    ctx.changes.append('stock_document', id, 'reverse', { date, cancelEntryId })
    return getStockDocument(ctx, id)
  })
}

/**
 * The reversal: goods received (or opening balances) take back exactly what the document put
 * there; the inventory account loses what the reversing moves are worth; any difference is a
 * stock adjustment. Deliveries and adjustments reverse wholly against their own account.
 */
function cancelAmounts(
  ctx: CompanyContext,
  document: StockDocument,
  values: bigint[],
): StockJournal['amounts'] {
  const counter = counterAccount(document.type)
  if (!counter) return []
  let inventory = 0n
  for (const value of values) inventory += value
  if (counter !== 'goodsReceived' && counter !== 'openingBalances') return [{ counter, inventory }]
  const posted = postedInventory(ctx, document.journalEntryId)
  return [
    { counter, inventory: -posted },
    { counter: 'adjustments', inventory: inventory + posted },
  ]
}

/** What a journal put into the inventory account. */
function postedInventory(ctx: CompanyContext, journalEntryId: string | null): bigint {
  if (!journalEntryId) return 0n
  const row = ctx.q
    .prepare(
      `SELECT coalesce(sum(debit - credit), 0) AS amount FROM journal_line
       WHERE entry_id = ? AND account_id = ?`,
    )
    .get(journalEntryId, stockAccountId(ctx, 'inventory')) as { amount: bigint }
  return row.amount
}
