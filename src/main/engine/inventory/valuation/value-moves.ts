import type { CompanyContext } from '../../company/company-context'
import type { StockMoveKind } from '../../db/inventory-schema'
import { AveragePool } from './average'
import { FifoPool } from './fifo'
import { openLayers, writeLayers } from './layers'
import { movesNoValue } from './move-kinds'
import type { Pool } from './pool'
import { replayItem, type Revaluation, type Valuation } from './replay'

/** A move about to be written. All of one call are of one item and one date. */
export interface NewMove {
  documentId: string
  lineNo: bigint
  kind: StockMoveKind
  warehouseId: string
  binId: string | null
  lotId: string | null
  quantity: bigint
  /** Incoming at a known cost: its value; a cancelled delivery: minus the delivery's value. */
  value: bigint
  /** A cancelling move's original, and its kind. */
  originId?: bigint
  originKind?: StockMoveKind
}

export const INSERT_MOVE = `INSERT INTO stock_move
  (document_id, line_no, kind, product_id, warehouse_id, bin_id, lot_id, date, quantity, value)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
const LAST_DAY = `SELECT day, quantity, value FROM stock_item_day WHERE product_id = ?
  ORDER BY day DESC LIMIT 1`
const ADD_TO_DAY = `UPDATE stock_item_day SET quantity = quantity + ?, value = value + ?
  WHERE product_id = ? AND day = ?`
const INSERT_DAY = `INSERT INTO stock_item_day (product_id, day, quantity, value) VALUES (?, ?, ?, ?)`

/**
 * Writes an item's new moves with their values. The usual case, moves dated on or after the
 * item's last and stock enough, values them against the saved layers or average. A back-dated
 * move, or one where the item's stock is or goes below zero, replays the item's moves instead;
 * the values that replay changes come back as revaluations. `last`: the item's latest day as it
 * was before these moves (`lastItemDay`). Returns the new moves' ids and values.
 */
export function writeItemMoves(
  ctx: CompanyContext,
  productId: string,
  valuation: Valuation,
  date: string,
  moves: NewMove[],
  last: ItemDay | undefined,
): { ids: bigint[]; values: bigint[]; revaluations: Revaluation[] } {
  if (inOrder(last, date, moves)) return writeInOrder(ctx, productId, valuation, date, moves, last)
  const insert = ctx.q.prepare(INSERT_MOVE)
  const ids = moves.map((move) =>
    insertMove(insert, productId, date, move, move.quantity > 0n ? move.value : 0n),
  )
  const revaluations = replayItem(ctx, productId, valuation, new Set(ids))
  const valueOf = ctx.q.prepare('SELECT value FROM stock_move WHERE id = ?')
  const values = ids.map((id) => (valueOf.get(id) as { value: bigint }).value)
  return { ids, values, revaluations }
}

/** The item's figures at the end of the latest day it moved, if it ever did. */
export interface ItemDay {
  day: string
  quantity: bigint
  value: bigint
}

export function lastItemDay(ctx: CompanyContext, productId: string): ItemDay | undefined {
  return ctx.q.prepare(LAST_DAY).get(productId) as ItemDay | undefined
}

function inOrder(
  last: { day: string; quantity: bigint } | undefined,
  date: string,
  moves: NewMove[],
): boolean {
  if (last && (last.day > date || last.quantity < 0n)) return false
  let quantity = last?.quantity ?? 0n
  for (const move of moves) {
    quantity += move.quantity
    if (quantity < 0n) return false
  }
  return true
}

function writeInOrder(
  ctx: CompanyContext,
  productId: string,
  valuation: Valuation,
  date: string,
  moves: NewMove[],
  last: ItemDay | undefined,
): { ids: bigint[]; values: bigint[]; revaluations: Revaluation[] } {
  // Stock only coming in adds layers of its own: the open ones need not be read.
  const takes = moves.some(
    (move) => move.quantity < 0n && !movesNoValue(move.kind, move.originKind),
  )
  const pool: Pool =
    valuation === 'fifo'
      ? new FifoPool(takes ? openLayers(ctx, productId) : [])
      : new AveragePool(last?.quantity ?? 0n, last?.value ?? 0n)
  const insert = ctx.q.prepare(INSERT_MOVE)
  const ids: bigint[] = []
  const values: bigint[] = []
  let quantity = 0n
  let value = 0n
  for (const move of moves) {
    const transfer = movesNoValue(move.kind, move.originKind)
    let moveValue = 0n
    if (!transfer && move.quantity < 0n) moveValue = -pool.take(-move.quantity, move.originId)
    else if (!transfer) moveValue = move.value
    const id = insertMove(insert, productId, date, move, moveValue)
    if (!transfer && move.quantity > 0n) pool.add(id, move.quantity, moveValue)
    ids.push(id)
    values.push(moveValue)
    quantity += move.quantity
    value += moveValue
  }
  if (pool instanceof FifoPool) writeLayers(ctx, productId, pool.touched)
  if (last?.day === date) ctx.q.prepare(ADD_TO_DAY).run(quantity, value, productId, date)
  else
    ctx.q
      .prepare(INSERT_DAY)
      .run(productId, date, (last?.quantity ?? 0n) + quantity, (last?.value ?? 0n) + value)
  return { ids, values, revaluations: [] }
}

/** Writes one stock move with its value; returns its id. */
export function insertMove(
  insert: ReturnType<CompanyContext['q']['prepare']>,
  productId: string,
  date: string,
  move: NewMove,
  value: bigint,
): bigint {
  const result = insert.run(
    move.documentId,
    move.lineNo,
    move.kind,
    productId,
    move.warehouseId,
    move.binId,
    move.lotId,
    date,
    move.quantity,
    value,
  )
  return BigInt(result.lastInsertRowid)
}
