import { share, type Pool } from './pool'

/** Stock sent out beyond what was held (negative stock allowed), still waiting for its cost. */
interface Shortfall {
  moveId: bigint
  quantity: bigint
  /** Value given to it for now, at the last known unit cost (positive). */
  provisional: bigint
}

/**
 * One item's valuation as its moves arrive in (date, id) order. Incoming stock first covers
 * any shortfall: the move that went short is revalued at the cost of the stock that covered it,
 * which is how a negative stock's cost is corrected when stock arrives.
 */
export class ItemValuation {
  private readonly shortfalls: Shortfall[] = []
  private lastCost: { quantity: bigint; value: bigint } | null = null

  constructor(
    readonly pool: Pool,
    /** Current value of every move seen, corrected when a shortfall is covered. */
    readonly values: Map<bigint, bigint> = new Map(),
  ) {}

  get shortOf(): bigint {
    let total = 0n
    for (const shortfall of this.shortfalls) total += shortfall.quantity
    return total
  }

  /** Stock coming in at `value` (a receipt, opening stock, an adjustment in, a cancelled delivery). */
  receive(moveId: bigint, quantity: bigint, value: bigint): void {
    this.values.set(moveId, value)
    this.lastCost = { quantity, value }
    let left = quantity
    let leftValue = value
    while (left > 0n && this.shortfalls.length > 0) {
      const shortfall = this.shortfalls[0]!
      const covered = shortfall.quantity < left ? shortfall.quantity : left
      const cost = share(leftValue, left, covered)
      const provisional = share(shortfall.provisional, shortfall.quantity, covered)
      this.values.set(shortfall.moveId, this.values.get(shortfall.moveId)! + provisional - cost)
      shortfall.quantity -= covered
      shortfall.provisional -= provisional
      if (shortfall.quantity === 0n) this.shortfalls.shift()
      left -= covered
      leftValue -= cost
    }
    if (left > 0n) this.pool.add(moveId, left, leftValue)
  }

  /** Stock going out; returns the move's (negative) value. */
  issue(moveId: bigint, quantity: bigint, preferMoveId?: bigint): bigint {
    const held = this.pool.quantity < quantity ? this.pool.quantity : quantity
    let value = held > 0n ? this.pool.take(held, preferMoveId) : 0n
    const short = quantity - held
    if (short > 0n) {
      const provisional = this.lastCost
        ? share(this.lastCost.value, this.lastCost.quantity, short)
        : 0n
      this.shortfalls.push({ moveId, quantity: short, provisional })
      value += provisional
    }
    this.values.set(moveId, -value)
    return -value
  }
}
