import type { Selectable } from 'kysely'
import type { StockDocument, StockDocumentSummary } from '../../../shared/domain/inventory'
import type { CompanyContext } from '../company/company-context'
import type { StockDocumentLineTable, StockDocumentTable } from '../db/inventory-schema'

type SummaryRow = Selectable<StockDocumentTable> & {
  warehouse_code: string
  line_count: bigint | null
}

export function summaryQuery(ctx: CompanyContext) {
  return ctx.db
    .selectFrom('stock_document as d')
    .innerJoin('warehouse as w', 'w.id', 'd.warehouse_id')
    .selectAll('d')
    .select('w.code as warehouse_code')
    .select((eb) =>
      eb
        .selectFrom('stock_document_line as l')
        .select((e) => e.fn.countAll<bigint>().as('n'))
        .whereRef('l.document_id', '=', 'd.id')
        .as('line_count'),
    )
}

export function toSummary(row: SummaryRow): StockDocumentSummary {
  return {
    id: row.id,
    type: row.type,
    number: row.number,
    date: row.date,
    status: row.status,
    warehouseId: row.warehouse_id,
    warehouseCode: row.warehouse_code,
    toWarehouseId: row.to_warehouse_id,
    contactId: row.contact_id,
    sourceDocumentId: row.source_document_id,
    reason: row.reason,
    lineCount: Number(row.line_count ?? 0n),
  }
}

// Prepared SQL rather than built queries: posting reads its document twice.
const DOCUMENT = `SELECT d.*, w.code AS warehouse_code,
  (SELECT count(*) FROM stock_document_line l WHERE l.document_id = d.id) AS line_count
  FROM stock_document d JOIN warehouse w ON w.id = d.warehouse_id WHERE d.id = ?`
const LINES = `SELECT l.*, p.code, p.name, lot.number AS lot_number, lot.expiry_date
  FROM stock_document_line l JOIN product p ON p.id = l.product_id
  LEFT JOIN lot ON lot.id = l.lot_id WHERE l.document_id = ? ORDER BY l.line_no`
const MOVE_VALUES = `SELECT line_no, value FROM stock_move WHERE document_id = ? AND kind <> 'cancel'`

type LineRow = Selectable<StockDocumentLineTable> & {
  code: string
  name: string
  lot_number: string | null
  expiry_date: string | null
}

export function readStockDocument(ctx: CompanyContext, id: string): StockDocument | undefined {
  const row = ctx.q.prepare(DOCUMENT).get(id) as SummaryRow | undefined
  if (!row) return undefined
  const lines = ctx.q.prepare(LINES).all(id) as LineRow[]
  const values = new Map<bigint, bigint>()
  const moves = ctx.q.prepare(MOVE_VALUES).all(id) as { line_no: bigint; value: bigint }[]
  for (const move of moves) values.set(move.line_no, (values.get(move.line_no) ?? 0n) + move.value)
  let value = 0n
  for (const v of values.values()) value += v
  return {
    ...toSummary(row),
    memo: row.memo,
    journalEntryId: row.journal_entry_id,
    cancelEntryId: row.cancel_entry_id,
    cancelledOn: row.cancelled_on,
    value,
    lines: lines.map((line) => ({
      lineNo: Number(line.line_no),
      productId: line.product_id,
      productCode: line.code,
      productName: line.name,
      unit: line.unit,
      quantity: line.quantity,
      baseQuantity: line.base_quantity,
      expectedQuantity: line.expected_quantity,
      unitCost: line.unit_cost,
      lotId: line.lot_id,
      lotNumber: line.lot_number,
      lotExpiry: line.expiry_date,
      binId: line.bin_id,
      toBinId: line.to_bin_id,
      sourceLineNo: line.source_line_no === null ? null : Number(line.source_line_no),
      value: values.get(line.line_no) ?? 0n,
    })),
  }
}
