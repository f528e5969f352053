import type {
  StockDocument,
  StockDocumentFilter,
  StockDocumentInput,
  StockDocumentSummary,
} from '../../../shared/domain/inventory'
import { isIsoDate } from '../../../shared/dates'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { newId, nowIso } from '../ids'
import { lineRows, type LineRow, type Product } from './line-rows'
import { requireLiveWarehouse } from './settings'
import { readStockDocument, summaryQuery, toSummary } from './read-documents'

const TYPES = ['receipt', 'delivery', 'transfer', 'adjustment', 'count', 'opening'] as const
const SOURCE_TYPES = { receipt: ['purchase_order', 'bill'], delivery: ['sales_order', 'invoice'] }

// Prepared SQL rather than built queries: drafts are written once for every document posted.
const CONTACT = 'SELECT id FROM contact WHERE id = ?'
const SOURCE = 'SELECT type, status, contact_id FROM document WHERE id = ?'
const INSERT_DRAFT = `INSERT INTO stock_document (id, type, date, warehouse_id, to_warehouse_id,
  contact_id, source_document_id, reason, memo, status, number, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', NULL, ?, ?)`

/** Saves a new draft stock document: nothing moves until it is posted. */
export function createStockDocument(ctx: CompanyContext, input: StockDocumentInput): StockDocument {
  return ctx.transaction(() => getStockDocument(ctx, insertStockDraft(ctx, input).id))
}

/** A draft just written: what posting it needs, so that it need not be read back. */
export interface WrittenDraft {
  id: string
  header: Header
  warehouseCode: string
  rows: LineRow[]
}

type Header = ReturnType<typeof headerRow>

/** A header's columns from `type` to `memo`, in the order the INSERT statements name them. */
export function headerValues(header: Header) {
  return [
    header.type,
    header.date,
    header.warehouse_id,
    header.to_warehouse_id,
    header.contact_id,
    header.source_document_id,
    header.reason,
    header.memo,
  ] as const
}

/** Writes a new draft; the caller's transaction. */
export function insertStockDraft(
  ctx: CompanyContext,
  input: StockDocumentInput,
  productOf?: (id: string) => Product | undefined,
): WrittenDraft {
  const id = newId()
  const now = nowIso()
  const { header, warehouseCode } = checkedHeader(ctx, input)
  ctx.q.prepare(INSERT_DRAFT).run(id, ...headerValues(header), now, now)
  const rows = lineRows(ctx, input.type, placeOf(header), input.lines, productOf)
  writeLines(ctx, id, rows)
  ctx.changes.append('stock_document', id, 'create', { id, ...input })
  return { id, header, warehouseCode, rows }
}

/** Replaces a draft's header and lines. */
export function updateStockDocument(
  ctx: CompanyContext,
  id: string,
  input: StockDocumentInput,
): StockDocument {
  return ctx.transaction(() => {
    const current = requireStockDraft(ctx, id)
    if (current.type !== input.type)
      throw validationError('type', `A ${current.type} cannot become a ${input.type}`)
    const header = headerRow(ctx, input)
    ctx.q.run(ctx.db.deleteFrom('stock_document_line').where('document_id', '=', id))
    ctx.q.run(
      ctx.db
        .updateTable('stock_document')
        .set({ ...header, updated_at: nowIso() })
        .where('id', '=', id),
    )
    const rows = lineRows(ctx, input.type, placeOf(header), input.lines)
    if (current.type === 'count') keepExpected(ctx, id, rows, current.expected)
    writeLines(ctx, id, rows)
    ctx.changes.append('stock_document', id, 'update', { id, ...input })
    return getStockDocument(ctx, id)
  })
}

export function deleteStockDraft(ctx: CompanyContext, id: string): void {
  ctx.transaction(() => {
    requireStockDraft(ctx, id)
    ctx.q.run(ctx.db.deleteFrom('stock_document_line').where('document_id', '=', id))
    ctx.q.run(ctx.db.deleteFrom('stock_document').where('id', '=', id))
    ctx.changes.append('stock_document', id, 'delete', { id })
  })
}

export function getStockDocument(ctx: CompanyContext, id: string): StockDocument {
  const document = readStockDocument(ctx, id)
  if (!document) throw notFound('Stock document', id)
  return document
}

export function listStockDocuments(
  ctx: CompanyContext,
  filter: StockDocumentFilter = {},
): StockDocumentSummary[] {
  let query = summaryQuery(ctx)
  if (filter.type) query = query.where('d.type', '=', filter.type)
  if (filter.status) query = query.where('d.status', '=', filter.status)
  if (filter.warehouseId) query = query.where('d.warehouse_id', '=', filter.warehouseId)
  if (filter.sourceDocumentId)
    query = query.where('d.source_document_id', '=', filter.sourceDocumentId)
  if (filter.from) query = query.where('d.date', '>=', filter.from)
  if (filter.to) query = query.where('d.date', '<=', filter.to)
  const rows = ctx.q.all(
    query
      .orderBy('d.date', 'desc')
      .orderBy('d.id', 'desc')
      .limit(filter.limit ?? 1000),
  )
  return rows.map(toSummary)
}

export function requireStockDraft(ctx: CompanyContext, id: string) {
  const row = ctx.q.first(
    ctx.db.selectFrom('stock_document').select(['type', 'status', 'number']).where('id', '=', id),
  )
  if (!row) throw notFound('Stock document', id)
  if (row.status !== 'draft')
    throw new DaftarError(
      'posted-is-final',
      `${row.number} is ${row.status} and can no longer change`,
      { id },
    )
  const expected = ctx.q.all(
    ctx.db
      .selectFrom('stock_document_line')
      .select(['product_id', 'lot_id', 'bin_id', 'expected_quantity'])
      .where('document_id', '=', id),
  )
  return { type: row.type, expected }
}

/** A count sheet's expected quantities survive edits: they are what was on hand when made. */
function keepExpected(
  ctx: CompanyContext,
  _id: string,
  rows: LineRow[],
  expected: {
    product_id: string
    lot_id: string | null
    bin_id: string | null
    expected_quantity: bigint | null
  }[],
): void {
  const byPlace = new Map(
    expected.map((row) => [`${row.product_id}|${row.lot_id}|${row.bin_id}`, row.expected_quantity]),
  )
  for (const row of rows)
    row.expected_quantity = byPlace.get(`${row.product_id}|${row.lot_id}|${row.bin_id}`) ?? null
}

const INSERT_LINE = `INSERT INTO stock_document_line (document_id, line_no, product_id, unit, quantity,
  base_quantity, expected_quantity, unit_cost, lot_id, bin_id, to_bin_id, source_line_no)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

export function writeLines(ctx: CompanyContext, id: string, rows: LineRow[]): void {
  const insert = ctx.q.prepare(INSERT_LINE)
  for (const row of rows)
    insert.run(
      id,
      row.line_no,
      row.product_id,
      row.unit,
      row.quantity,
      row.base_quantity,
      row.expected_quantity,
      row.unit_cost,
      row.lot_id,
      row.bin_id,
      row.to_bin_id,
      row.source_line_no,
    )
}

export const placeOf = (header: { warehouse_id: string; to_warehouse_id: string | null }) => ({
  warehouseId: header.warehouse_id,
  toWarehouseId: header.to_warehouse_id,
})

export function headerRow(ctx: CompanyContext, input: StockDocumentInput) {
  return checkedHeader(ctx, input).header
}

/** The header's row, checked, and the code of its warehouse. */
function checkedHeader(ctx: CompanyContext, input: StockDocumentInput) {
  if (!TYPES.includes(input.type))
    throw validationError('type', `${input.type} is not a stock document type`)
  if (!isIsoDate(input.date))
    throw validationError('date', `${input.date} is not a real date (YYYY-MM-DD)`)
  const warehouse = requireLiveWarehouse(ctx, input.warehouseId)
  const toWarehouseId = input.type === 'transfer' ? (input.toWarehouseId ?? null) : null
  if (input.type === 'transfer') {
    if (!toWarehouseId)
      throw validationError('toWarehouseId', 'Choose the warehouse to transfer to')
    requireLiveWarehouse(ctx, toWarehouseId, 'toWarehouseId')
    if (toWarehouseId === input.warehouseId)
      throw validationError('toWarehouseId', 'A transfer goes to another warehouse')
  }
  if (input.contactId && !ctx.q.prepare(CONTACT).get(input.contactId))
    throw validationError('contactId', 'Choose a contact that exists')
  const header = {
    type: input.type,
    date: input.date,
    warehouse_id: input.warehouseId,
    to_warehouse_id: toWarehouseId,
    contact_id: input.contactId ?? sourceContact(ctx, input) ?? null,
    source_document_id: input.sourceDocumentId ?? null,
    reason: input.reason?.trim() ?? '',
    memo: input.memo?.trim() ?? '',
  }
  return { header, warehouseCode: warehouse.code }
}

function sourceContact(ctx: CompanyContext, input: StockDocumentInput): string | undefined {
  if (!input.sourceDocumentId) return undefined
  const allowed: readonly string[] =
    input.type === 'receipt' || input.type === 'delivery' ? SOURCE_TYPES[input.type] : []
  const source = ctx.q.prepare(SOURCE).get(input.sourceDocumentId) as
    { type: string; status: string; contact_id: string } | undefined
  if (!source) throw validationError('sourceDocumentId', 'Choose a source document that exists')
  if (!allowed.includes(source.type))
    throw validationError(
      'sourceDocumentId',
      allowed.length
        ? `A ${input.type} comes from a ${allowed.join(' or ').replace('_', ' ')}, not a ${source.type.replace('_', ' ')}`
        : `A ${input.type} has no source document`,
    )
  if (source.status !== 'posted')
    throw validationError(
      'sourceDocumentId',
      `The source ${source.type.replace('_', ' ')} is not posted`,
    )
  return source.contact_id
}
