import type { StockItem } from '../../../shared/domain/inventory-items'
import type { Product } from '../../../shared/domain/sales'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { getProduct } from '../products/products'

/** The product, refused unless it is a stocked product: only those are items. */
export function requireStockedProduct(ctx: CompanyContext, productId: string): Product {
  const product = getProduct(ctx, productId)
  if (product.kind !== 'stocked')
    throw validationError(
      'productId',
      `${product.code} ${product.name} is not a stocked product, so it has no stock`,
    )
  return product
}

/** Whether any stock move names the item (its valuation and lot tracking are then fixed). */
export function itemHasMoves(ctx: CompanyContext, productId: string): boolean {
  return (
    ctx.q.first(
      ctx.db.selectFrom('stock_move').select('id').where('product_id', '=', productId).limit(1),
    ) !== undefined
  )
}

export function getItem(ctx: CompanyContext, productId: string): StockItem {
  const product = requireStockedProduct(ctx, productId)
  const row = ctx.q.first(
    ctx.db
      .selectFrom('product as p')
      .leftJoin('item_category as c', 'c.id', 'p.category_id')
      .select([
        'p.valuation',
        'p.category_id',
        'c.name as category_name',
        'p.reorder_level',
        'p.reorder_quantity',
        'p.lot_tracked',
      ])
      .where('p.id', '=', productId),
  )!
  const units = ctx.q.all(
    ctx.db
      .selectFrom('item_unit')
      .select(['unit', 'factor'])
      .where('product_id', '=', productId)
      .orderBy('factor'),
  )
  const barcodes = ctx.q
    .all(
      ctx.db
        .selectFrom('item_barcode')
        .select(['code', 'product_id', 'unit'])
        .where('product_id', '=', productId)
        .orderBy('code'),
    )
    .map((b) => ({ code: b.code, productId: b.product_id, unit: b.unit }))
  return {
    product,
    valuation: row.valuation,
    categoryId: row.category_id,
    categoryName: row.category_name,
    reorderLevel: row.reorder_level,
    reorderQuantity: row.reorder_quantity,
    lotTracked: row.lot_tracked === 1n,
    units,
    barcodes,
    hasMoves: itemHasMoves(ctx, productId),
  }
}

/** Stocked products by code, optionally of one category or matching a code or name. */
export function listItems(
  ctx: CompanyContext,
  filter: { categoryId?: string; search?: string; includeArchived?: boolean } = {},
): StockItem[] {
  let query = ctx.db
    .selectFrom('product')
    .select('id')
    .where('kind', '=', 'stocked')
    .orderBy('code')
  if (!filter.includeArchived) query = query.where('archived', '=', 0n)
  if (filter.categoryId) query = query.where('category_id', '=', filter.categoryId)
  const search = filter.search?.trim()
  if (search)
    query = query.where((eb) =>
      eb.or([eb('code', 'like', `%${search}%`), eb('name', 'like', `%${search}%`)]),
    )
  return ctx.q.all(query).map((row) => getItem(ctx, row.id))
}
