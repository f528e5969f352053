import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { recordStockDocument } from '../../src/main/engine/inventory/post'
import { defaultWarehouseId } from '../../src/main/engine/inventory/settings'
import { createProduct } from '../../src/main/engine/products/products'
import type { StockDocumentInput, StockLineInput } from '../../src/shared/domain/inventory'
import { accountId } from '../helpers/temp-company'

/** A stocked item (FIFO unless told), counted in pieces, bought at `purchasePrice`. */
export function stockItem(
  ctx: CompanyContext,
  code: string,
  options: { valuation?: 'fifo' | 'average'; purchasePrice?: bigint; lotTracked?: boolean } = {},
) {
  const product = createProduct(ctx, {
    code,
    name: `Item ${code}`,
    kind: 'stocked',
    unit: 'pc',
    purchasePrice: options.purchasePrice ?? 1000n,
    salesPrice: 2000n,
    incomeAccountId: accountId(ctx, '4100'),
    expenseAccountId: accountId(ctx, '5100'),
  })
  const set = {
    valuation: options.valuation ?? 'fifo',
    lot_tracked: options.lotTracked ? 1n : 0n,
  }
  ctx.q.run(ctx.db.updateTable('product').set(set).where('id', '=', product.id))
  return product
}

export function mainWarehouse(ctx: CompanyContext): string {
  return defaultWarehouseId(ctx)!
}

export function addWarehouse(ctx: CompanyContext, code: string): string {
  const id = `wh-${code}`
  const now = new Date().toISOString()
  ctx.q.run(
    ctx.db
      .insertInto('warehouse')
      .values({ id, code, name: `Warehouse ${code}`, created_at: now, updated_at: now }),
  )
  return id
}

/** Posts a document of `type` in `warehouseId` (default: the main one). */
export function post(
  ctx: CompanyContext,
  type: StockDocumentInput['type'],
  date: string,
  lines: StockLineInput[],
  extra: Partial<StockDocumentInput> = {},
) {
  return recordStockDocument(ctx, {
    type,
    date,
    warehouseId: extra.warehouseId ?? mainWarehouse(ctx),
    ...extra,
    lines,
  })
}

/** A stock document made from `source` (an order, invoice or bill), its lines by source line. */
export function postFrom(
  ctx: CompanyContext,
  type: StockDocumentInput['type'],
  date: string,
  source: { id: string },
  lines: StockLineInput[],
) {
  return post(ctx, type, date, lines, { sourceDocumentId: source.id })
}

/** Receives `quantity` of `item` at `unitCost` each into the main warehouse. */
export function receive(
  ctx: CompanyContext,
  date: string,
  item: { id: string },
  quantity: bigint,
  unitCost: bigint,
) {
  return post(ctx, 'receipt', date, [{ productId: item.id, quantity, unitCost }])
}

/** Delivers `quantity` of `item` out of the main warehouse, at what the stock cost. */
export function deliver(ctx: CompanyContext, date: string, item: { id: string }, quantity: bigint) {
  return post(ctx, 'delivery', date, [{ productId: item.id, quantity }])
}

/** Balance (debit - credit) of the account `code` up to `asOf`. */
export function balance(ctx: CompanyContext, code: string, asOf = '9999-12-31'): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(l.debit - l.credit), 0) AS b FROM journal_line l
       JOIN account a ON a.id = l.account_id WHERE a.code = ? AND l.date <= ?`,
    )
    .get(code, asOf) as { b: bigint }
  return row.b
}

/** Sum of stock move values up to `asOf`: what the inventory account must equal. */
export function moveValue(ctx: CompanyContext, asOf = '9999-12-31'): bigint {
  const row = ctx.sqlite
    .prepare('SELECT coalesce(sum(value), 0) AS v FROM stock_move WHERE date <= ?')
    .get(asOf) as { v: bigint }
  return row.v
}

export function onHandOf(ctx: CompanyContext, productId: string, warehouseId?: string): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(quantity), 0) AS q FROM stock_on_hand
       WHERE product_id = ? AND (? IS NULL OR warehouse_id = ?)`,
    )
    .get(productId, warehouseId ?? null, warehouseId ?? null) as { q: bigint }
  return row.q
}
