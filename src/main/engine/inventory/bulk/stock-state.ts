import type { CompanyContext } from '../../company/company-context'
import { onHand, type Place } from '../places'
import { AveragePool } from '../valuation/average'
import { FifoPool } from '../valuation/fifo'
import { openLayers, writeLayers } from '../valuation/layers'
import type { Pool } from '../valuation/pool'
import type { Valuation } from '../valuation/replay'

/** One item's valuation as the batch leaves it: loaded on first touch, written at the flush. */
export interface ItemState {
  productId: string
  /** The latest day the item moved on (in the file or in this batch). */
  day: string | undefined
  quantity: bigint
  value: bigint
  pool: Pool
  purchasePrice: bigint
  /** Cumulative quantity and value at the end of each day this batch moved the item. */
  days: Map<string, { quantity: bigint; value: bigint }>
}

/** A warehouse's quantity of an item now, and at the end of each day this batch moved it. */
interface WarehouseState {
  productId: string
  warehouseId: string
  quantity: bigint
  days: Map<string, bigint>
}

const ITEM = 'SELECT valuation, purchase_price FROM product WHERE id = ?'
const LAST_DAY = `SELECT day, quantity, value FROM stock_item_day WHERE product_id = ?
  ORDER BY day DESC LIMIT 1`
const WAREHOUSE_LAST = `SELECT quantity FROM stock_warehouse_day
  WHERE product_id = ? AND warehouse_id = ? ORDER BY day DESC LIMIT 1`
const SET_ON_HAND = `INSERT INTO stock_on_hand (product_id, warehouse_id, bin_id, lot_id, quantity)
  VALUES (?, ?, ?, ?, ?) ON CONFLICT (product_id, warehouse_id, bin_id, lot_id)
  DO UPDATE SET quantity = excluded.quantity`
const SET_WAREHOUSE_DAY = `INSERT INTO stock_warehouse_day (product_id, warehouse_id, day, quantity)
  VALUES (?, ?, ?, ?) ON CONFLICT (product_id, warehouse_id, day)
  DO UPDATE SET quantity = excluded.quantity`
const SET_ITEM_DAY = `INSERT INTO stock_item_day (product_id, day, quantity, value) VALUES (?, ?, ?, ?)
  ON CONFLICT (product_id, day) DO UPDATE SET quantity = excluded.quantity, value = excluded.value`

/**
 * The stock figures a batch of documents changes, kept in memory: each item's valuation and each
 * place's and warehouse's quantity, read once on first touch and written once per key by `flush`.
 */
export class StockState {
  private readonly items = new Map<string, ItemState>()
  private readonly places = new Map<string, { place: Place; quantity: bigint }>()
  private readonly warehouses = new Map<string, WarehouseState>()

  constructor(private readonly ctx: CompanyContext) {}

  item(productId: string): ItemState {
    let state = this.items.get(productId)
    if (state) return state
    const q = this.ctx.q
    const product = q.prepare(ITEM).get(productId) as
      { valuation: Valuation; purchase_price: bigint } | undefined
    const last = q.prepare(LAST_DAY).get(productId) as
      { day: string; quantity: bigint; value: bigint } | undefined
    const pool =
      product?.valuation === 'average'
        ? new AveragePool(last?.quantity ?? 0n, last?.value ?? 0n)
        : new FifoPool(openLayers(this.ctx, productId))
    state = {
      productId,
      day: last?.day,
      quantity: last?.quantity ?? 0n,
      value: last?.value ?? 0n,
      pool,
      purchasePrice: product?.purchase_price ?? 0n,
      days: new Map(),
    }
    this.items.set(productId, state)
    return state
  }

  /** What a place holds now, and what its warehouse holds of the item. */
  held(place: Place): { place: bigint; warehouse: bigint } {
    return { place: this.placeState(place).quantity, warehouse: this.warehouse(place).quantity }
  }

  add(place: Place, date: string, quantity: bigint): void {
    this.placeState(place).quantity += quantity
    const warehouse = this.warehouse(place)
    warehouse.quantity += quantity
    warehouse.days.set(date, warehouse.quantity)
  }

  /** Writes every figure the batch changed and forgets them, so the file is the truth again. */
  flush(): void {
    const q = this.ctx.q
    const setOnHand = q.prepare(SET_ON_HAND)
    for (const { place, quantity } of this.places.values())
      setOnHand.run(
        place.productId,
        place.warehouseId,
        place.binId ?? '',
        place.lotId ?? '',
        quantity,
      )
    const setWarehouseDay = q.prepare(SET_WAREHOUSE_DAY)
    for (const { productId, warehouseId, days } of this.warehouses.values())
      for (const [day, quantity] of days) setWarehouseDay.run(productId, warehouseId, day, quantity)
    const setItemDay = q.prepare(SET_ITEM_DAY)
    for (const { productId, days, pool } of this.items.values()) {
      for (const [day, figures] of days)
        setItemDay.run(productId, day, figures.quantity, figures.value)
      if (pool instanceof FifoPool) writeLayers(this.ctx, productId, pool.touched)
    }
    this.items.clear()
    this.places.clear()
    this.warehouses.clear()
  }

  private placeState(place: Place) {
    const key = `${place.productId}|${place.warehouseId}|${place.binId ?? ''}|${place.lotId ?? ''}`
    let state = this.places.get(key)
    if (!state) this.places.set(key, (state = { place, quantity: onHand(this.ctx, place) }))
    return state
  }

  private warehouse(place: Place): WarehouseState {
    const key = `${place.productId}|${place.warehouseId}`
    let state = this.warehouses.get(key)
    if (state) return state
    const last = this.ctx.q.prepare(WAREHOUSE_LAST).get(place.productId, place.warehouseId) as
      { quantity: bigint } | undefined
    state = {
      productId: place.productId,
      warehouseId: place.warehouseId,
      quantity: last?.quantity ?? 0n,
      days: new Map(),
    }
    this.warehouses.set(key, state)
    return state
  }
}
