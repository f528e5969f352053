import type { Availability } from '../../../shared/domain/inventory-items'
import type { CompanyContext } from '../company/company-context'
import { getProduct } from '../products/products'
import { reservedQuantities } from './reserved'

/**
 * On hand per warehouse (from stock_on_hand), reserved by open sales orders, and available, for
 * each stocked product named (others have no stock and are left out), in the order given.
 */
export function availability(ctx: CompanyContext, productIds: readonly string[]): Availability[] {
  const products = [...new Set(productIds)]
    .map((id) => getProduct(ctx, id))
    .filter((product) => product.kind === 'stocked')
  if (products.length === 0) return []
  const ids = products.map((product) => product.id)
  const held = ctx.q.all(
    ctx.db
      .selectFrom('stock_on_hand as s')
      .innerJoin('warehouse as w', 'w.id', 's.warehouse_id')
      .select([
        's.product_id',
        's.warehouse_id',
        'w.code',
        (eb) => eb.fn.sum<bigint>('s.quantity').as('quantity'),
      ])
      .where('s.product_id', 'in', ids)
      .groupBy(['s.product_id', 's.warehouse_id', 'w.code'])
      .orderBy('w.code'),
  )
  const reserved = reservedQuantities(ctx, { productIds: ids })
  return products.map((product) => {
    const warehouses = held
      .filter((row) => row.product_id === product.id)
      .map((row) => ({
        warehouseId: row.warehouse_id,
        warehouseCode: row.code,
        onHand: BigInt(row.quantity),
      }))
    const onHand = warehouses.reduce((sum, row) => sum + row.onHand, 0n)
    const promised = reserved.get(product.id) ?? 0n
    return {
      productId: product.id,
      code: product.code,
      name: product.name,
      unit: product.unit,
      warehouses,
      onHand,
      reserved: promised,
      available: onHand - promised,
    }
  })
}
