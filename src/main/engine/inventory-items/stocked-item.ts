import type { StockItem } from '../../../shared/domain/inventory-items'
import type { Product } from '../../../shared/domain/sales'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { getProduct, listProducts } from '../products/products'

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
  return readItems(ctx, [productId], () => product)[0]!
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
  const products = new Map(listProducts(ctx).map((product) => [product.id, product]))
  return readItems(
    ctx,
    ctx.q.all(query).map((row) => row.id),
    (id) => products.get(id)!,
  )
}

/** The items of these stocked products, in the order given, read in a few queries. */
function readItems(
  ctx: CompanyContext,
  ids: readonly string[],
  productOf: (id: string) => Product,
): StockItem[] {
  if (ids.length === 0) return []
  const wanted = JSON.stringify(ids)
  const settings = new Map(
    (
      ctx.q.prepare(ITEM_SETTINGS).all(wanted) as {
        id: string
        valuation: 'fifo' | 'average'
        categoryId: string | null
        categoryName: string | null
        reorderLevel: bigint
        reorderQuantity: bigint
        lotTracked: bigint
        hasMoves: bigint
      }[]
    ).map((row) => [row.id, row]),
  )
  const units = groupBy(
    ctx.q.prepare(ITEM_UNITS).all(wanted) as { productId: string; unit: string; factor: bigint }[],
  )
  const barcodes = groupBy(
    ctx.q.prepare(ITEM_BARCODES).all(wanted) as {
      productId: string
      code: string
      unit: string | null
    }[],
  )
  return ids.map((id) => {
    const row = settings.get(id)!
    return {
      product: productOf(id),
      valuation: row.valuation,
      categoryId: row.categoryId,
      categoryName: row.categoryName,
      reorderLevel: row.reorderLevel,
      reorderQuantity: row.reorderQuantity,
      lotTracked: row.lotTracked === 1n,
      units: (units.get(id) ?? []).map(({ unit, factor }) => ({ unit, factor })),
      barcodes: (barcodes.get(id) ?? []).map(({ code, productId, unit }) => ({
        code,
        productId,
        unit,
      })),
      hasMoves: row.hasMoves === 1n,
    }
  })
}

const ITEM_SETTINGS = `
SELECT p.id, p.valuation, p.category_id AS categoryId, c.name AS categoryName,
  p.reorder_level AS reorderLevel, p.reorder_quantity AS reorderQuantity, p.lot_tracked AS lotTracked,
  EXISTS (SELECT 1 FROM stock_move m WHERE m.product_id = p.id) AS hasMoves
FROM product p LEFT JOIN item_category c ON c.id = p.category_id
WHERE p.id IN (SELECT value FROM json_each(?))`

const ITEM_UNITS = `SELECT product_id AS productId, unit, factor FROM item_unit
WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY product_id, factor`

const ITEM_BARCODES = `SELECT product_id AS productId, code, unit FROM item_barcode
WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY product_id, code`

function groupBy<R extends { productId: string }>(rows: R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>()
  for (const row of rows) {
    const group = groups.get(row.productId)
    if (group) group.push(row)
    else groups.set(row.productId, [row])
  }
  return groups
}
