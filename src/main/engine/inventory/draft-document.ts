import type { StockDocument } from '../../../shared/domain/inventory'
import type { CompanyContext } from '../company/company-context'
import type { WrittenDraft } from './documents'
import type { Product } from './line-rows'
import type { PlannedMove } from './write-moves'

const LOT = 'SELECT number, expiry_date FROM lot WHERE id = ?'

/**
 * The document `getStockDocument` returns for a draft just written, made from what writing it
 * knew (its products already looked up), so that posting it need not read it back.
 */
export function draftDocument(
  ctx: CompanyContext,
  draft: WrittenDraft,
  productOf: (id: string) => Product | undefined,
): StockDocument {
  const { id, header, rows } = draft
  const lot = ctx.q.prepare(LOT)
  return {
    id,
    type: header.type,
    number: null,
    date: header.date,
    status: 'draft',
    warehouseId: header.warehouse_id,
    warehouseCode: draft.warehouseCode,
    toWarehouseId: header.to_warehouse_id,
    contactId: header.contact_id,
    sourceDocumentId: header.source_document_id,
    reason: header.reason,
    lineCount: rows.length,
    memo: header.memo,
    journalEntryId: null,
    cancelEntryId: null,
    cancelledOn: null,
    value: 0n,
    lines: rows.map((row) => {
      const product = productOf(row.product_id)!
      const lotRow = row.lot_id
        ? (lot.get(row.lot_id) as { number: string; expiry_date: string | null })
        : undefined
      return {
        lineNo: Number(row.line_no),
        productId: row.product_id,
        productCode: product.code,
        productName: product.name,
        unit: row.unit,
        quantity: row.quantity,
        baseQuantity: row.base_quantity,
        expectedQuantity: row.expected_quantity,
        unitCost: row.unit_cost,
        lotId: row.lot_id,
        lotNumber: lotRow?.number ?? null,
        lotExpiry: lotRow?.expiry_date ?? null,
        binId: row.bin_id,
        toBinId: row.to_bin_id,
        sourceLineNo: row.source_line_no === null ? null : Number(row.source_line_no),
        value: 0n,
      }
    }),
  }
}

/** A draft as posting left it: numbered, with its journal and each line's moves' values. */
export function postedDocument(
  document: StockDocument,
  number: string,
  journalEntryId: string | null,
  planned: PlannedMove[],
  values: bigint[],
): StockDocument {
  const byLine = new Map<bigint, bigint>()
  planned.forEach(({ move }, index) =>
    byLine.set(move.lineNo, (byLine.get(move.lineNo) ?? 0n) + values[index]!),
  )
  let value = 0n
  for (const lineValue of byLine.values()) value += lineValue
  return {
    ...document,
    number,
    status: 'posted',
    journalEntryId,
    value,
    lines: document.lines.map((line) => ({
      ...line,
      value: byLine.get(BigInt(line.lineNo)) ?? 0n,
    })),
  }
}
