import type { StockDocumentInput } from '../../../../shared/domain/inventory'
import { DaftarError } from '../../../../shared/errors'
import type { CompanyContext } from '../../company/company-context'
import { newId, nowIso } from '../../ids'
import { reserveNumbers } from '../../ledger/numbering'
import { headerRow, placeOf, writeLines } from '../documents'
import { lineRows } from '../line-rows'
import { recordStockDocument, refuseLockedDate, SERIES } from '../post'
import { negativeStockPolicy } from '../settings'
import { documentAmounts } from '../stock-journals'
import { planDocument, refuseShortfalls, valueMoves } from './bulk-moves'
import { PendingJournals } from './pending-journals'
import { StockState } from './stock-state'

// A draft until the flush marks it posted with its number and journal: posted lines are final.
const INSERT_DRAFT = `INSERT INTO stock_document (id, type, date, warehouse_id, to_warehouse_id,
  contact_id, source_document_id, reason, memo, status, number, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', NULL, ?, ?)`

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
 */
export function recordStockDocuments(
  ctx: CompanyContext,
  inputs: readonly StockDocumentInput[],
): { id: string; number: string }[] {
  return ctx.transaction(() => {
    const state = new StockState(ctx)
    const journals = new PendingJournals(ctx)
    const refuse = negativeStockPolicy(ctx) === 'refuse'
    const posted = inputs.map((input, index) => {
      try {
        const header = headerRow(ctx, input)
        const rows = lineRows(ctx, input.type, placeOf(header), input.lines)
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
          journals.flush()
          const document = recordStockDocument(ctx, input)
          return { id: document.id, number: document.number! }
        }
        refuseLockedDate(ctx, header.date)
        const id = newId()
        const planned = planDocument(state, id, header, rows)
        refuseShortfalls(ctx, state, header.date, planned)
        const [number] = reserveNumbers(ctx, SERIES[input.type], 1)
        const now = nowIso()
        ctx.q
          .prepare(INSERT_DRAFT)
          .run(
            id,
            header.type,
            header.date,
            header.warehouse_id,
            header.to_warehouse_id,
            header.contact_id,
            header.source_document_id,
            header.reason,
            header.memo,
            now,
            now,
          )
        writeLines(ctx, id, rows)
        ctx.changes.append('stock_document', id, 'create', { id, ...input })
        const values = valueMoves(ctx, state, header.date, planned)
        journals.add(id, {
          date: header.date,
          reference: number!,
          memo: header.memo || header.reason,
          amounts: documentAmounts(input.type, values),
        })
        return { id, number: number! }
      } catch (error) {
        throw inDocument(error, index)
      }
    })
    state.flush()
    journals.flush()
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
