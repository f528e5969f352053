import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { quantityText } from '../sales/orders'

/** Where a quantity sits: an item in a warehouse, and a bin and a lot where it has them. */
export interface Place {
  productId: string
  warehouseId: string
  binId: string | null
  lotId: string | null
}

const ON_HAND = `SELECT quantity FROM stock_on_hand
  WHERE product_id = ? AND warehouse_id = ? AND bin_id = ? AND lot_id = ?`
const ADD_ON_HAND = `INSERT INTO stock_on_hand (product_id, warehouse_id, bin_id, lot_id, quantity)
  VALUES (?, ?, ?, ?, ?) ON CONFLICT (product_id, warehouse_id, bin_id, lot_id)
  DO UPDATE SET quantity = quantity + excluded.quantity`
const WAREHOUSE_AS_OF = `SELECT quantity FROM stock_warehouse_day
  WHERE product_id = ? AND warehouse_id = ? AND day <= ? ORDER BY day DESC LIMIT 1`
const WAREHOUSE_LATER = `SELECT 1 FROM stock_warehouse_day
  WHERE product_id = ? AND warehouse_id = ? AND day > ? LIMIT 1`
const LOWEST_RUN_AFTER = `SELECT min(running) AS lowest FROM (
    SELECT sum(quantity) OVER (ORDER BY date, id ROWS UNBOUNDED PRECEDING) AS running
    FROM stock_move WHERE product_id = ? AND date > ? AND warehouse_id = ?)`
// A new day starts from the warehouse's figure the day before; an existing one adds the move.
const ADD_WAREHOUSE_DAY = `INSERT INTO stock_warehouse_day (product_id, warehouse_id, day, quantity)
  VALUES (?, ?, ?, ? + coalesce((SELECT quantity FROM stock_warehouse_day
    WHERE product_id = ? AND warehouse_id = ? AND day < ? ORDER BY day DESC LIMIT 1), 0))
  ON CONFLICT (product_id, warehouse_id, day) DO UPDATE SET quantity = quantity + ?`
const ADD_ON_HAND_RETURNING = `${ADD_ON_HAND} RETURNING quantity`
const ADD_WAREHOUSE_DAY_RETURNING = `${ADD_WAREHOUSE_DAY} RETURNING quantity`
const ADD_WAREHOUSE_LATER = `UPDATE stock_warehouse_day SET quantity = quantity + ?
  WHERE product_id = ? AND warehouse_id = ? AND day > ?`

export function onHand(ctx: CompanyContext, place: Place): bigint {
  const row = ctx.q
    .prepare(ON_HAND)
    .get(place.productId, place.warehouseId, place.binId ?? '', place.lotId ?? '') as
    { quantity: bigint } | undefined
  return row?.quantity ?? 0n
}

/**
 * Under the 'refuse' policy, stock may not go below zero in its place now, nor in its warehouse
 * at the end of `date` or after any later move (a back-dated delivery must not take what later
 * moves used), so the valuation never meets a shortfall.
 */
export function refuseShortfall(
  ctx: CompanyContext,
  place: Place,
  date: string,
  quantity: bigint,
  field: string,
): void {
  const now = onHand(ctx, place)
  const asOf = ctx.q.prepare(WAREHOUSE_AS_OF).get(place.productId, place.warehouseId, date) as
    { quantity: bigint } | undefined
  let available = now
  const endOfDay = asOf?.quantity ?? 0n
  if (endOfDay < available) available = endOfDay
  if (ctx.q.prepare(WAREHOUSE_LATER).get(place.productId, place.warehouseId, date)) {
    const later = ctx.q.prepare(LOWEST_RUN_AFTER).get(place.productId, date, place.warehouseId) as {
      lowest: bigint | null
    }
    if (later.lowest !== null && endOfDay + later.lowest < available)
      available = endOfDay + later.lowest
  }
  if (available < quantity) throw shortfallError(ctx, place, quantity - available, field)
}

function shortfallError(ctx: CompanyContext, place: Place, short: bigint, field: string): Error {
  const line = Number(/^lines\.(\d+)\./.exec(field)?.[1] ?? 0) + 1
  return validationError(field, `Line ${line}: ${shortfallMessage(ctx, place, short)}`, {
    line,
    short,
  })
}

export function shortfallMessage(ctx: CompanyContext, place: Place, short: bigint): string {
  const row = ctx.q
    .prepare(
      `SELECT p.code, p.name, p.unit, w.code AS warehouse,
        (SELECT code FROM bin WHERE id = ?) AS bin, (SELECT number FROM lot WHERE id = ?) AS lot
       FROM product p, warehouse w WHERE p.id = ? AND w.id = ?`,
    )
    .get(place.binId, place.lotId, place.productId, place.warehouseId) as {
    code: string
    name: string
    unit: string
    warehouse: string
    bin: string | null
    lot: string | null
  }
  const where = [row.warehouse, row.bin && `bin ${row.bin}`, row.lot && `lot ${row.lot}`]
  return `Not enough ${row.code} ${row.name} in ${where.filter(Boolean).join(', ')}: short by ${[quantityText(short), row.unit].filter(Boolean).join(' ')}`
}

/** Adds a move's quantity to its place's on-hand and to its warehouse's figures from `date` on. */
export function addToPlace(
  ctx: CompanyContext,
  place: Place,
  date: string,
  quantity: bigint,
): void {
  ctx.q
    .prepare(ADD_ON_HAND)
    .run(place.productId, place.warehouseId, place.binId ?? '', place.lotId ?? '', quantity)
  const { productId, warehouseId } = place
  ctx.q
    .prepare(ADD_WAREHOUSE_DAY)
    .run(productId, warehouseId, date, quantity, productId, warehouseId, date, quantity)
  ctx.q.prepare(ADD_WAREHOUSE_LATER).run(quantity, place.productId, place.warehouseId, date)
}

/**
 * `addToPlace` for an item that has not moved after `date` (so no later warehouse day to add to).
 * Given the `field` to blame (the 'refuse' policy), an outgoing move that leaves its place, or its
 * warehouse at the end of `date`, below zero is refused, as `refuseShortfall` would have refused it
 * (nothing later to check): the figures are written first, and the caller's transaction undoes them.
 */
export function addToPlaceInOrder(
  ctx: CompanyContext,
  place: Place,
  date: string,
  quantity: bigint,
  field: string | null,
): void {
  const { productId, warehouseId } = place
  const inPlace = ctx.q
    .prepare(ADD_ON_HAND_RETURNING)
    .get(productId, warehouseId, place.binId ?? '', place.lotId ?? '', quantity) as {
    quantity: bigint
  }
  const inWarehouse = ctx.q
    .prepare(ADD_WAREHOUSE_DAY_RETURNING)
    .get(productId, warehouseId, date, quantity, productId, warehouseId, date, quantity) as {
    quantity: bigint
  }
  if (field === null || quantity > 0n) return
  const left = inPlace.quantity < inWarehouse.quantity ? inPlace.quantity : inWarehouse.quantity
  if (left < 0n) throw shortfallError(ctx, place, -left, field)
}
