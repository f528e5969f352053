/**
 * A "quick table" as Vietnam's tax guides print a progressive scale: in the bracket whose top is
 * at or above the taxable income TN, tax = rate% x TN - less. `rows` are [top, rate, less] and
 * the last row's top is null. Whole hundreds of VND keep every row exact.
 */
export function quickTable(rows: readonly [bigint | null, bigint, bigint][], tn: bigint): bigint {
  const [, rate, less] = rows.find(([top]) => top === null || tn <= top)!
  return (tn * rate) / 100n - less
}
