import type { CompanyContext } from '../company/company-context'
import { addToPlace, addToPlaceInOrder, refuseShortfall, type Place } from './places'
import { negativeStockPolicy } from './settings'
import type { Revaluation, Valuation } from './valuation/replay'
import { lastItemDay, writeItemMoves, type NewMove } from './valuation/value-moves'

/** A move to post, with its place and the form field to blame if stock runs short. */
export interface PlannedMove {
  place: Place
  move: NewMove
  field: string
}

/** What posting moves needs to know of the company and its items, when the caller knows it. */
export interface MoveRules {
  /** The 'refuse' negative stock policy. */
  refuse: boolean
  valuationOf: (productId: string) => Valuation
}

const VALUATION = 'SELECT valuation FROM product WHERE id = ?'

/**
 * Posts moves dated `date`: each outgoing one checked against the negative stock policy, then
 * every place's on-hand and warehouse figures updated, then each item's moves valued. Returns
 * the moves' values (in the order given) and the revaluations of older moves.
 */
export function writeMoves(
  ctx: CompanyContext,
  date: string,
  planned: PlannedMove[],
  rules: MoveRules = {
    refuse: negativeStockPolicy(ctx) === 'refuse',
    valuationOf: (productId) =>
      (ctx.q.prepare(VALUATION).get(productId) as { valuation: Valuation }).valuation,
  },
): { values: bigint[]; revaluations: Revaluation[] } {
  const byItem = new Map<string, number[]>()
  planned.forEach(({ place }, index) => {
    const indexes = byItem.get(place.productId)
    if (indexes) indexes.push(index)
    else byItem.set(place.productId, [index])
  })
  const lastDays = new Map([...byItem.keys()].map((id) => [id, lastItemDay(ctx, id)]))
  for (const { place, move, field } of planned) {
    const last = lastDays.get(place.productId)
    // An item that has not moved after `date` has no later warehouse figures to check or move.
    if (!last || last.day <= date)
      addToPlaceInOrder(ctx, place, date, move.quantity, rules.refuse ? field : null)
    else {
      if (rules.refuse && move.quantity < 0n)
        refuseShortfall(ctx, place, date, -move.quantity, field)
      addToPlace(ctx, place, date, move.quantity)
    }
  }
  const values: bigint[] = new Array(planned.length)
  const revaluations: Revaluation[] = []
  for (const [productId, indexes] of byItem) {
    const moves = indexes.map((index) => planned[index]!.move)
    const valuation = rules.valuationOf(productId)
    const written = writeItemMoves(ctx, productId, valuation, date, moves, lastDays.get(productId))
    indexes.forEach((index, i) => (values[index] = written.values[i]!))
    revaluations.push(...written.revaluations)
  }
  return { values, revaluations }
}
