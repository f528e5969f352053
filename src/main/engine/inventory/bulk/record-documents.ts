import type { StockDocumentInput } from '../../../../shared/domain/inventory'
import { DaftarError } from '../../../../shared/errors'
import type { CompanyContext } from '../../company/company-context'
import { newId } from '../../ids'
import { headerRow, placeOf, writeLines } from '../documents'
import { cachedProducts, lineRows } from '../line-rows'
import { recordStockDocument, refuseLockedDate } from '../post'
import { negativeStockPolicy } from '../settings'
import { planDocument, refuseShortfalls, valueMoves } from './bulk-moves'
import { PendingDocuments } from './pending-documents'
import { StockState } from './stock-state'

const IN_BULK = new Set(['receipt', 'delivery', 'transfer', 'adjustment', 'opening'])

/**
 * Creates and posts many stock documents in one transaction, with the same rows, numbers, values,
 * journals and change log entries as `recordStockDocument` on each in order (the change log holds
 * the documents' 'post' entries and their journals after the batch's creates, not between them).
 * Item valuations and place quantities are read once and kept in memory, the journals go through
 * the ledger's bulk path, and the stock figures are written once per key at the end.
 * A document the batch cannot post in memory (a count, one with a source document, one dated before
 * an item's latest move, or any under the 'allow' negative stock policy) is posted one by one in
 * the same transaction after what came before is written. All or nothing: a bad document aborts
 * the batch with its index in the message and in `details.document`, its field in `details.field`.
 * Returns the documents' ids, in order.
 */
export function recordStockDocuments(
  ctx: CompanyContext,
  inputs: readonly StockDocumentInput[],
): string[] {
  return ctx.transaction(() => {
    const state = new StockState(ctx)
    const pending = new PendingDocuments(ctx)
    const products = cachedProducts(ctx)
    const refuse = negativeStockPolicy(ctx) === 'refuse'
    const posted = inputs.map((input, index) => {
      try {
        const header = headerRow(ctx, input)
        const rows = lineRows(ctx, input.type, placeOf(header), input.lines, products)
        const inMemory =
          refuse &&
          IN_BULK.has(input.type) &&
          !header.source_document_id &&
          rows.every((row) => {
            const item = state.item(row.product_id)
            return item.quantity >= 0n && (item.day === undefined || item.day <= header.date)
          })
        if (!inMemory) {
          state.flush()
          pending.flush()
          const document = recordStockDocument(ctx, input)
          return document.id
        }
        refuseLockedDate(ctx, header.date)
        const id = newId()
        const planned = planDocument(state, id, header, rows)
        refuseShortfalls(ctx, state, header.date, planned)
        writeLines(ctx, id, rows)
        ctx.changes.append('stock_document', id, 'create', { id, ...input })
        pending.add(id, header, valueMoves(ctx, state, header.date, planned))
        return id
      } catch (error) {
        throw inDocument(error, index)
      }
    })
    state.flush()
    pending.flush()
    return posted
  })
}

function inDocument(error: unknown, index: number): unknown {
  if (!(error instanceof DaftarError) || error.details.document !== undefined) return error
  return new DaftarError(
    error.code,
    `Document ${index + 1}: ${error.message}`,
    { ...error.details, document: index },
    error.problems,
  )
}
