import type { StockDocumentType, StockLineInput } from '../../../shared/domain/inventory'
import { isIsoDate } from '../../../shared/dates'
import { validationError } from '../../../shared/errors'
import { divideHalfUp, QUANTITY_SCALE } from '../../../shared/money/tax-math'
import type { CompanyContext } from '../company/company-context'
import type { StockDocumentLineTable } from '../db/inventory-schema'
import { newId, nowIso } from '../ids'

export type LineRow = Omit<StockDocumentLineTable, 'document_id'>

export interface Product {
  id: string
  code: string
  name: string
  kind: string
  unit: string
  archived: bigint
  lot_tracked: bigint
  valuation: 'fifo' | 'average'
  purchase_price: bigint
}

// Prepared SQL rather than a built query: a document may have thousands of lines. Posting reads
// the valuation and the purchase price from the same row, and the document shows the name.
const PRODUCT = `SELECT id, code, name, kind, unit, archived, lot_tracked, valuation, purchase_price
  FROM product WHERE id = ?`
const LOT = 'SELECT id FROM lot WHERE product_id = ? AND number = ?'
const BIN = 'SELECT warehouse_id, code, archived FROM bin WHERE id = ?'

interface Place {
  warehouseId: string
  toWarehouseId: string | null
}

/**
 * Checks a document's lines and turns them into rows: the unit converted to the base unit, the
 * lot found or made, the bins checked against their warehouses. Errors name `lines.N.field`.
 */
export function lineRows(
  ctx: CompanyContext,
  type: StockDocumentType,
  place: Place,
  lines: StockLineInput[],
  productOf: (id: string) => Product | undefined = (id) =>
    ctx.q.prepare(PRODUCT).get(id) as Product | undefined,
): LineRow[] {
  if (lines.length === 0 && type !== 'count')
    throw validationError('lines', 'A stock document needs at least one line')
  return lines.map((line, index) => lineRow(ctx, type, place, line, index, productOf))
}

/** Product lookups remembered, for a document or a batch of them posted in one transaction. */
export function cachedProducts(ctx: CompanyContext): (id: string) => Product | undefined {
  const products = new Map<string, Product | undefined>()
  return (id) => {
    if (!products.has(id)) products.set(id, ctx.q.prepare(PRODUCT).get(id) as Product | undefined)
    return products.get(id)
  }
}

function lineRow(
  ctx: CompanyContext,
  type: StockDocumentType,
  place: Place,
  line: StockLineInput,
  index: number,
  productOf: (id: string) => Product | undefined,
): LineRow {
  const field = (name: string) => `lines.${index}.${name}`
  const fail = (name: string, message: string) =>
    validationError(field(name), `Line ${index + 1}: ${message}`, { line: index + 1 })
  const product = productOf(line.productId)
  if (!product) throw fail('product', 'choose an item that exists')
  if (product.kind !== 'stocked') throw fail('product', `${product.code} is not a stocked item`)
  if (product.archived === 1n) throw fail('product', `${product.code} is archived`)
  checkQuantitySign(type, line.quantity, (message) => fail('quantity', message))
  const unit = line.unit?.trim() || product.unit
  const factor = unitFactor(ctx, product.id, product.unit, unit)
  if (factor === null) throw fail('unit', `${product.code} has no unit "${unit}"`)
  if (line.unitCost !== undefined && line.unitCost < 0n)
    throw fail('unitCost', 'a unit cost cannot be negative')
  if (type === 'opening' && line.unitCost === undefined)
    throw fail('unitCost', 'opening stock needs a unit cost')
  return {
    line_no: BigInt(index + 1),
    product_id: product.id,
    unit,
    quantity: line.quantity,
    base_quantity: line.quantity === null ? null : toBase(line.quantity, factor),
    expected_quantity: null,
    unit_cost: line.unitCost ?? null,
    lot_id: lotId(ctx, product, line, fail),
    bin_id: binId(ctx, line.binId, place.warehouseId, (m) => fail('binId', m)),
    to_bin_id:
      type === 'transfer' && place.toWarehouseId
        ? binId(ctx, line.toBinId, place.toWarehouseId, (m) => fail('toBinId', m))
        : null,
    source_line_no: line.sourceLineNo === undefined ? null : BigInt(line.sourceLineNo),
  }
}

function checkQuantitySign(
  type: StockDocumentType,
  quantity: bigint | null,
  fail: (message: string) => Error,
): void {
  if (quantity === null) {
    if (type !== 'count') throw fail('enter the quantity')
  } else if (type === 'adjustment') {
    if (quantity === 0n) throw fail('an adjustment needs a quantity (negative takes stock out)')
  } else if (type === 'count') {
    if (quantity < 0n) throw fail('a counted quantity cannot be negative')
  } else if (quantity <= 0n) throw fail('the quantity must be more than zero')
}

/** Thousandths of the base unit in one `unit`, or null when the item has no such unit. */
export function unitFactor(
  ctx: CompanyContext,
  productId: string,
  baseUnit: string,
  unit: string,
): bigint | null {
  if (unit === baseUnit) return QUANTITY_SCALE
  const row = ctx.q
    .prepare('SELECT factor FROM item_unit WHERE product_id = ? AND unit = ?')
    .get(productId, unit) as { factor: bigint } | undefined
  return row?.factor ?? null
}

/** `quantity` thousandths of a unit of `factor` as thousandths of the base unit. */
export function toBase(quantity: bigint, factor: bigint): bigint {
  return factor === QUANTITY_SCALE ? quantity : divideHalfUp(quantity * factor, QUANTITY_SCALE)
}

function lotId(
  ctx: CompanyContext,
  product: { id: string; code: string; lot_tracked: bigint },
  line: StockLineInput,
  fail: (name: string, message: string) => Error,
): string | null {
  const number = line.lotNumber?.trim() ?? ''
  if (product.lot_tracked !== 1n) {
    if (number) throw fail('lotNumber', `${product.code} is not tracked by lot`)
    return null
  }
  if (!number) throw fail('lotNumber', `${product.code} is tracked by lot: enter the lot number`)
  const expiry = line.lotExpiry ?? null
  if (expiry !== null && !isIsoDate(expiry))
    throw fail('lotExpiry', `${expiry} is not a real date (YYYY-MM-DD)`)
  const found = ctx.q.prepare(LOT).get(product.id, number) as { id: string } | undefined
  if (found) return found.id
  const row = {
    id: newId(),
    product_id: product.id,
    number,
    expiry_date: expiry,
    created_at: nowIso(),
  }
  ctx.q.run(ctx.db.insertInto('lot').values(row))
  ctx.changes.append('lot', row.id, 'create', row)
  return row.id
}

function binId(
  ctx: CompanyContext,
  id: string | null | undefined,
  warehouseId: string,
  fail: (message: string) => Error,
): string | null {
  if (!id) return null
  const bin = ctx.q.prepare(BIN).get(id) as
    { warehouse_id: string; code: string; archived: bigint } | undefined
  if (!bin) throw fail('choose a bin that exists')
  if (bin.warehouse_id !== warehouseId) throw fail(`bin ${bin.code} is in another warehouse`)
  if (bin.archived === 1n) throw fail(`bin ${bin.code} is archived`)
  return id
}
