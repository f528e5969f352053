import type { LowStock, LowStockRow } from '../../../shared/domain/inventory-reports'
import type { CompanyContext } from '../company/company-context'
import { reservedQuantities } from '../inventory-items/reserved'
import { assertDate, reportHeader } from '../reports/report-header'
import { itemPositions, warehousePositions } from './stock-position'

/**
 * Items with a reorder level whose available stock (on hand less reserved) at the end of `asOf`
 * is below it, with how much to order: the reorder quantity, or more when that would still
 * leave available below the level. Limited to a warehouse, on hand is that warehouse's.
 */
export function lowStock(
  ctx: CompanyContext,
  query: { asOf: string; warehouseId?: string },
): LowStock {
  assertDate('asOf', query.asOf)
  const items = ctx.q.all(
    ctx.db
      .selectFrom('product')
      .select(['id', 'code', 'name', 'unit', 'reorder_level', 'reorder_quantity'])
      .where('kind', '=', 'stocked')
      .where('archived', '=', 0n)
      .where('reorder_level', '>', 0n)
      .orderBy('code'),
  )
  const onHand = new Map<string, bigint>()
  if (query.warehouseId)
    for (const place of warehousePositions(ctx, query.asOf, { warehouseId: query.warehouseId }))
      onHand.set(place.productId, place.quantity)
  else for (const item of itemPositions(ctx, query.asOf)) onHand.set(item.productId, item.quantity)
  const reserved = reservedQuantities(ctx, { asOf: query.asOf })
  const rows: LowStockRow[] = []
  for (const item of items) {
    const held = onHand.get(item.id) ?? 0n
    const promised = reserved.get(item.id) ?? 0n
    const available = held - promised
    if (available >= item.reorder_level) continue
    const short = item.reorder_level - available
    rows.push({
      productId: item.id,
      code: item.code,
      name: item.name,
      unit: item.unit,
      onHand: held,
      reserved: promised,
      available,
      reorderLevel: item.reorder_level,
      reorderQuantity: item.reorder_quantity,
      suggested: item.reorder_quantity > short ? item.reorder_quantity : short,
    })
  }
  return { ...reportHeader(ctx), asOf: query.asOf, warehouseId: query.warehouseId ?? null, rows }
}
