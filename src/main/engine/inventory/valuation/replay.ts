import type { CompanyContext } from '../../company/company-context'
import type { StockMoveKind } from '../../db/inventory-schema'
import { AveragePool } from './average'
import { FifoPool } from './fifo'
import { ItemValuation } from './item-valuation'
import { writeLayers } from './layers'
import { movesNoValue } from './move-kinds'

export type Valuation = 'fifo' | 'average'

interface MoveRow {
  id: bigint
  document_id: string
  line_no: bigint
  kind: StockMoveKind
  warehouse_id: string
  date: string
  quantity: bigint
  value: bigint
}

/** A move whose value the replay changed, with the account its correction is charged against. */
export interface Revaluation {
  moveId: bigint
  date: string
  documentId: string
  delta: bigint
  counter: 'costOfSales' | 'adjustments'
}

const ITEM_MOVES = `SELECT id, document_id, line_no, kind, warehouse_id, date, quantity, value
  FROM stock_move WHERE product_id = ? ORDER BY date, id`
const SET_VALUE = `UPDATE stock_move SET value = ? WHERE id = ?`

/**
 * Values all of an item's moves again in (date, id) order, as after a back-dated move or stock
 * arriving to cover a shortfall: each move whose value changes is updated. Moves in `fresh` are
 * being posted now and simply take their value; older ones are returned as revaluations. The
 * layers and the per-day figures are rebuilt to match.
 */
export function replayItem(
  ctx: CompanyContext,
  productId: string,
  valuation: Valuation,
  fresh: ReadonlySet<bigint>,
): Revaluation[] {
  const moves = ctx.q.prepare(ITEM_MOVES).all(productId) as MoveRow[]
  const pool = valuation === 'fifo' ? new FifoPool() : new AveragePool()
  const item = new ItemValuation(pool)
  const originals = new Map<string, MoveRow>()
  const key = (move: MoveRow) => `${move.document_id}|${move.line_no}|${move.warehouse_id}`
  for (const move of moves) {
    if (move.kind !== 'cancel') originals.set(key(move), move)
    const original = move.kind === 'cancel' ? originals.get(key(move))! : undefined
    if (movesNoValue(move.kind, original?.kind)) item.values.set(move.id, 0n)
    else if (original) {
      if (move.quantity > 0n) item.receive(move.id, move.quantity, -item.values.get(original.id)!)
      else item.issue(move.id, -move.quantity, original.id)
    } else if (move.quantity > 0n) item.receive(move.id, move.quantity, move.value)
    else item.issue(move.id, -move.quantity)
  }
  const setValue = ctx.q.prepare(SET_VALUE)
  const revaluations: Revaluation[] = []
  for (const move of moves) {
    const value = item.values.get(move.id)!
    if (value === move.value) continue
    setValue.run(value, move.id)
    if (fresh.has(move.id)) continue
    const kind = move.kind === 'cancel' ? originals.get(key(move))!.kind : move.kind
    revaluations.push({
      moveId: move.id,
      date: move.date,
      documentId: move.document_id,
      delta: value - move.value,
      counter: kind === 'delivery' ? 'costOfSales' : 'adjustments',
    })
  }
  if (pool instanceof FifoPool) {
    ctx.q.prepare('DELETE FROM stock_layer WHERE product_id = ?').run(productId)
    writeLayers(ctx, productId, pool.layers)
  }
  rewriteItemDays(ctx, productId, moves, item.values)
  return revaluations
}

function rewriteItemDays(
  ctx: CompanyContext,
  productId: string,
  moves: MoveRow[],
  values: Map<bigint, bigint>,
): void {
  ctx.q.prepare('DELETE FROM stock_item_day WHERE product_id = ?').run(productId)
  const insert = ctx.q.prepare(
    'INSERT INTO stock_item_day (product_id, day, quantity, value) VALUES (?, ?, ?, ?)',
  )
  let quantity = 0n
  let value = 0n
  moves.forEach((move, index) => {
    quantity += move.quantity
    value += values.get(move.id)!
    if (moves[index + 1]?.date !== move.date) insert.run(productId, move.date, quantity, value)
  })
}
