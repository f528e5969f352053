import { validationError } from '../../../../shared/errors'
import { divideHalfUp, lineAmount, QUANTITY_SCALE } from '../../../../shared/money/tax-math'
import type { CompanyContext } from '../../company/company-context'
import type { headerRow } from '../documents'
import type { LineRow } from '../line-rows'
import { shortfallMessage } from '../places'
import { movesNoValue } from '../valuation/move-kinds'
import { INSERT_MOVE, insertMove } from '../valuation/value-moves'
import type { PlannedMove } from '../write-moves'
import type { ItemState, StockState } from './stock-state'

type Header = ReturnType<typeof headerRow>

/**
 * A document's moves, as `planMoves` makes them, with the unit costs of lines bringing stock in
 * filled into `rows` from the items' in-memory figures (all taken before any of its moves).
 */
export function planDocument(
  state: StockState,
  documentId: string,
  header: Header,
  rows: LineRow[],
): PlannedMove[] {
  const planned: PlannedMove[] = []
  const costs = rows.map((row) => unitCost(header.type, row, state.item(row.product_id)))
  rows.forEach((row, index) => {
    const cost = costs[index]!
    if (cost !== null) row.unit_cost = cost
    const out = header.type === 'delivery' || header.type === 'transfer'
    // Only a count line may be blank, and counts never come this way.
    const base = row.base_quantity!
    const quantity = out ? -base : base
    const move = (kind: PlannedMove['move']['kind'], warehouseId: string, binId: string | null) => {
      const signed = kind === 'transfer_in' ? base : quantity
      planned.push({
        place: { productId: row.product_id, warehouseId, binId, lotId: row.lot_id },
        field: `lines.${index}.quantity`,
        move: {
          documentId,
          lineNo: row.line_no,
          kind,
          warehouseId,
          binId,
          lotId: row.lot_id,
          quantity: signed,
          value:
            signed > 0n && cost !== null && kind !== 'transfer_in' ? lineAmount(signed, cost) : 0n,
        },
      })
    }
    move(header.type === 'transfer' ? 'transfer_out' : header.type, header.warehouse_id, row.bin_id)
    if (header.type === 'transfer') move('transfer_in', header.to_warehouse_id!, row.to_bin_id)
  })
  return planned
}

/** The cost `defaultUnitCost` gives, from the item's figures in memory (its latest day's). */
function unitCost(type: Header['type'], row: LineRow, item: ItemState): bigint | null {
  if (row.unit_cost !== null) return row.unit_cost
  if (type === 'receipt') return item.purchasePrice
  if (type !== 'adjustment' || row.quantity! <= 0n) return null
  if (item.quantity > 0n && item.value >= 0n)
    return divideHalfUp(item.value * QUANTITY_SCALE, item.quantity)
  return item.purchasePrice
}

/** The 'refuse' policy in memory: no place, nor its warehouse, may go below zero. */
export function refuseShortfalls(
  ctx: CompanyContext,
  state: StockState,
  date: string,
  planned: PlannedMove[],
): void {
  for (const { place, move, field } of planned) {
    if (move.quantity < 0n) {
      const held = state.held(place)
      const available = held.warehouse < held.place ? held.warehouse : held.place
      if (available < -move.quantity) {
        const line = Number(/^lines\.(\d+)\./.exec(field)![1]) + 1
        const short = -move.quantity - available
        throw validationError(field, `Line ${line}: ${shortfallMessage(ctx, place, short)}`, {
          line,
          short,
        })
      }
    }
    state.add(place, date, move.quantity)
  }
}

/**
 * Writes the moves item by item (in the order `writeMoves` does, so move ids match) valued
 * against the items' pools, and returns their values in the order planned.
 */
export function valueMoves(
  ctx: CompanyContext,
  state: StockState,
  date: string,
  planned: PlannedMove[],
): bigint[] {
  const byItem = new Map<string, number[]>()
  planned.forEach(({ place }, index) => {
    const indexes = byItem.get(place.productId)
    if (indexes) indexes.push(index)
    else byItem.set(place.productId, [index])
  })
  const insert = ctx.q.prepare(INSERT_MOVE)
  const values: bigint[] = new Array(planned.length)
  for (const [productId, indexes] of byItem) {
    const item = state.item(productId)
    for (const index of indexes) {
      const { move } = planned[index]!
      const transfer = movesNoValue(move.kind)
      let value = 0n
      if (!transfer) value = move.quantity < 0n ? -item.pool.take(-move.quantity) : move.value
      const id = insertMove(insert, productId, date, move, value)
      if (!transfer && move.quantity > 0n) item.pool.add(id, move.quantity, value)
      values[index] = value
      item.quantity += move.quantity
      item.value += value
    }
    item.day = date
    item.days.set(date, { quantity: item.quantity, value: item.value })
  }
  return values
}
