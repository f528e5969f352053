import type { CompanyContext } from '../company/company-context'

export interface ItemPosition {
  productId: string
  code: string
  name: string
  unit: string
  valuation: 'fifo' | 'average'
  quantity: bigint
  value: bigint
}

export interface WarehousePosition {
  productId: string
  warehouseId: string
  warehouseCode: string
  quantity: bigint
}

// Each item's (or item and warehouse's) latest day row on or before the date is found by one seek
// on the table's key, so the time grows with the number of items, never with the number of moves.
export const itemPositionsSql = (oneItem: boolean) => `
SELECT p.id AS productId, p.code, p.name, p.unit, p.valuation, d.quantity, d.value
FROM product p
JOIN stock_item_day d ON d.product_id = p.id AND d.day = (
  SELECT x.day FROM stock_item_day x
  WHERE x.product_id = p.id AND x.day <= :asOf ORDER BY x.day DESC LIMIT 1)
WHERE p.kind = 'stocked' ${oneItem ? 'AND p.id = :product' : ''}
ORDER BY p.code`

export const warehousePositionsSql = (oneItem: boolean, oneWarehouse: boolean) => `
SELECT p.id AS productId, w.id AS warehouseId, w.code AS warehouseCode, (
  SELECT x.quantity FROM stock_warehouse_day x
  WHERE x.product_id = p.id AND x.warehouse_id = w.id AND x.day <= :asOf
  ORDER BY x.day DESC LIMIT 1) AS quantity
FROM product p
CROSS JOIN warehouse w
WHERE p.kind = 'stocked' ${oneItem ? 'AND p.id = :product' : ''}
  ${oneWarehouse ? 'AND w.id = :warehouse' : ''}
ORDER BY p.code, w.code`

/** Each stocked item's company-wide quantity and value at the end of `asOf` (items that moved). */
export function itemPositions(
  ctx: CompanyContext,
  asOf: string,
  productId: string | null = null,
): ItemPosition[] {
  const sql = itemPositionsSql(productId !== null)
  const params = productId === null ? { asOf } : { asOf, product: productId }
  return ctx.q.prepare(sql).all(params) as ItemPosition[]
}

/** Quantity per item and warehouse at the end of `asOf`, leaving out places holding nothing. */
export function warehousePositions(
  ctx: CompanyContext,
  asOf: string,
  filter: { productId?: string | null; warehouseId?: string | null } = {},
): WarehousePosition[] {
  const product = filter.productId ?? null
  const warehouse = filter.warehouseId ?? null
  const sql = warehousePositionsSql(product !== null, warehouse !== null)
  const rows = ctx.q.prepare(sql).all({
    asOf,
    ...(product !== null && { product }),
    ...(warehouse !== null && { warehouse }),
  }) as (Omit<WarehousePosition, 'quantity'> & { quantity: bigint | null })[]
  return rows.filter(
    (row): row is WarehousePosition => row.quantity !== null && row.quantity !== 0n,
  )
}

/** Splits an item's value over its warehouses by quantity; the last takes what rounding leaves. */
export function shareValue(value: bigint, quantities: readonly bigint[]): bigint[] {
  const total = quantities.reduce((sum, quantity) => sum + quantity, 0n)
  let left = value
  return quantities.map((quantity, index) => {
    if (index === quantities.length - 1) return left
    const share = total === 0n ? 0n : (value * quantity) / total
    left -= share
    return share
  })
}
