/** What is left of one incoming move: FIFO keeps one per receipt, moving average one in all. */
export interface Layer {
  moveId: bigint
  quantity: bigint
  value: bigint
}

/** The stock an item holds, company-wide, by its valuation method. Quantities never go below 0. */
export interface Pool {
  readonly quantity: bigint
  add(moveId: bigint, quantity: bigint, value: bigint): void
  /**
   * Takes `quantity` (at most what is held) and returns its value: proportionally in integer
   * math, the last unit of a layer taking all that is left, so no value is stranded. FIFO takes
   * from `preferMoveId`'s layer first (a cancelled receipt takes back its own stock).
   */
  take(quantity: bigint, preferMoveId?: bigint): bigint
}

/** `value` of `quantity` for `part` of it; the whole when the part is all of it. */
export function share(value: bigint, quantity: bigint, part: bigint): bigint {
  return part === quantity ? value : (value * part) / quantity
}
