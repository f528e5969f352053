import type { CompanyContext } from '../company/company-context'
import { addToPlace, refuseShortfall, type Place } from './places'
import { negativeStockPolicy } from './settings'
import type { Revaluation, Valuation } from './valuation/replay'
import { writeItemMoves, type NewMove } from './valuation/value-moves'

/** A move to post, with its place and the form field to blame if stock runs short. */
export interface PlannedMove {
  place: Place
  move: NewMove
  field: string
}

/**
 * Posts moves dated `date`: each outgoing one checked against the negative stock policy, then
 * every place's on-hand and warehouse figures updated, then each item's moves valued. Returns
 * the moves' values (in the order given) and the revaluations of older moves.
 */
export function writeMoves(
  ctx: CompanyContext,
  date: string,
  planned: PlannedMove[],
): { values: bigint[]; revaluations: Revaluation[] } {
  const refuse = negativeStockPolicy(ctx) === 'refuse'
  const byItem = new Map<string, number[]>()
  planned.forEach(({ place, move, field }, index) => {
    if (refuse && move.quantity < 0n) refuseShortfall(ctx, place, date, -move.quantity, field)
    addToPlace(ctx, place, date, move.quantity)
    const indexes = byItem.get(place.productId)
    if (indexes) indexes.push(index)
    else byItem.set(place.productId, [index])
  })
  const values: bigint[] = new Array(planned.length)
  const revaluations: Revaluation[] = []
  const valuationOf = ctx.q.prepare('SELECT valuation FROM product WHERE id = ?')
  for (const [productId, indexes] of byItem) {
    const { valuation } = valuationOf.get(productId) as { valuation: Valuation }
    const moves = indexes.map((index) => planned[index]!.move)
    const written = writeItemMoves(ctx, productId, valuation, date, moves)
    indexes.forEach((index, i) => (values[index] = written.values[i]!))
    revaluations.push(...written.revaluations)
  }
  return { values, revaluations }
}
