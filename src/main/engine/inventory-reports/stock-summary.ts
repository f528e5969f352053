import type { StockSummary, StockSummaryRow } from '../../../shared/domain/inventory-reports'
import type { CompanyContext } from '../company/company-context'
import { reservedQuantities } from '../inventory-items/reserved'
import { assertDate, reportHeader } from '../reports/report-header'
import {
  itemPositions,
  shareValue,
  warehousePositions,
  type WarehousePosition,
} from './stock-position'

export interface StockSummaryQuery {
  asOf: string
  productId?: string
  warehouseId?: string
}

/**
 * Per item: on hand in each warehouse at the end of `asOf`, reserved by the sales orders open
 * then, available, and value (a warehouse's share of the item's value by quantity). Limited to
 * one warehouse, on hand and value are that warehouse's; reserved stays the item's whole.
 */
export function stockSummary(ctx: CompanyContext, query: StockSummaryQuery): StockSummary {
  assertDate('asOf', query.asOf)
  const items = itemPositions(ctx, query.asOf, query.productId ?? null)
  const places = new Map<string, WarehousePosition[]>()
  for (const place of warehousePositions(ctx, query.asOf, { productId: query.productId })) {
    const held = places.get(place.productId)
    if (held) held.push(place)
    else places.set(place.productId, [place])
  }
  const reserved = reservedQuantities(ctx, { asOf: query.asOf })
  const rows: StockSummaryRow[] = []
  for (const item of items) {
    const held = places.get(item.productId) ?? []
    const values = shareValue(
      item.value,
      held.map((place) => place.quantity),
    )
    const all = held.map((place, index) => ({
      warehouseId: place.warehouseId,
      warehouseCode: place.warehouseCode,
      onHand: place.quantity,
      value: values[index]!,
    }))
    const warehouses = query.warehouseId
      ? all.filter((place) => place.warehouseId === query.warehouseId)
      : all
    const promised = reserved.get(item.productId) ?? 0n
    const onHand = query.warehouseId
      ? warehouses.reduce((sum, place) => sum + place.onHand, 0n)
      : item.quantity
    const value = query.warehouseId
      ? warehouses.reduce((sum, place) => sum + place.value, 0n)
      : item.value
    if (onHand === 0n && value === 0n && promised === 0n) continue
    rows.push({
      productId: item.productId,
      code: item.code,
      name: item.name,
      unit: item.unit,
      onHand,
      reserved: promised,
      available: onHand - promised,
      value,
      warehouses,
    })
  }
  return {
    ...reportHeader(ctx),
    asOf: query.asOf,
    warehouseId: query.warehouseId ?? null,
    rows,
    totals: { value: rows.reduce((sum, row) => sum + row.value, 0n) },
  }
}
