import { addDays } from '../../../shared/dates'
import type { StockLedger, StockLedgerLine } from '../../../shared/domain/inventory-reports'
import type { CompanyContext } from '../company/company-context'
import { requireStockedProduct } from '../inventory-items/stocked-item'
import { assertRange, reportHeader } from '../reports/report-header'
import { itemPositions, warehousePositions } from './stock-position'

const MOVES = `
SELECT m.id, m.date, m.kind, m.quantity, m.value, m.warehouse_id AS warehouseId,
  d.id AS documentId, d.number, d.type, w.code AS warehouseCode, l.number AS lotNumber,
  b.code AS binCode, c.name AS contactName, other.code AS otherCode
FROM stock_move m
JOIN stock_document d ON d.id = m.document_id
JOIN warehouse w ON w.id = m.warehouse_id
LEFT JOIN lot l ON l.id = m.lot_id
LEFT JOIN bin b ON b.id = m.bin_id
LEFT JOIN contact c ON c.id = d.contact_id
LEFT JOIN warehouse other ON other.id = CASE
  WHEN d.type <> 'transfer' THEN NULL
  WHEN m.warehouse_id = d.warehouse_id THEN d.to_warehouse_id
  ELSE d.warehouse_id END
WHERE m.product_id = :product AND m.date >= :from AND m.date <= :to
  AND (:warehouse IS NULL OR m.warehouse_id = :warehouse)
ORDER BY m.date, m.id`

interface MoveRow {
  id: bigint
  date: string
  kind: string
  quantity: bigint
  value: bigint
  documentId: string
  number: string | null
  type: string
  warehouseCode: string
  lotNumber: string | null
  binCode: string | null
  contactName: string | null
  otherCode: string | null
}

/**
 * An item's card for [from, to]: the opening position, each move with its document and running
 * quantity and value, and the closing position. Limited to a warehouse, quantities are that
 * warehouse's and there is no running value (value is kept per item).
 */
export function stockLedger(
  ctx: CompanyContext,
  query: { productId: string; from: string; to: string; warehouseId?: string },
): StockLedger {
  assertRange(query.from, query.to)
  const product = requireStockedProduct(ctx, query.productId)
  const warehouseId = query.warehouseId ?? null
  const dayBefore = addDays(query.from, -1)
  const opening = warehouseId
    ? {
        quantity:
          warehousePositions(ctx, dayBefore, { productId: product.id, warehouseId })[0]?.quantity ??
          0n,
        value: null,
      }
    : (() => {
        const item = itemPositions(ctx, dayBefore, product.id)[0]
        return { quantity: item?.quantity ?? 0n, value: item?.value ?? 0n }
      })()
  const moves = ctx.q.prepare(MOVES).all({
    product: product.id,
    from: query.from,
    to: query.to,
    warehouse: warehouseId,
  }) as MoveRow[]
  let quantity = opening.quantity
  let value = opening.value
  const lines: StockLedgerLine[] = moves.map((move) => {
    quantity += move.quantity
    if (value !== null) value += move.value
    const counterpart = move.otherCode
      ? `${move.quantity < 0n ? 'to' : 'from'} ${move.otherCode}`
      : (move.contactName ?? '')
    return {
      moveId: String(move.id),
      date: move.date,
      documentId: move.documentId,
      documentNumber: move.number,
      documentType: move.type,
      kind: move.kind,
      warehouseCode: move.warehouseCode,
      counterpart,
      lotNumber: move.lotNumber,
      binCode: move.binCode,
      quantity: move.quantity,
      value: move.value,
      runningQuantity: quantity,
      runningValue: value,
    }
  })
  return {
    ...reportHeader(ctx),
    productId: product.id,
    code: product.code,
    name: product.name,
    unit: product.unit,
    from: query.from,
    to: query.to,
    warehouseId,
    opening,
    lines,
    closing: { quantity, value },
  }
}
