import type { CompanyContext } from '../company/company-context'

/** Whether this warehouse or bin has any item on hand (or short): then it cannot be archived. */
export function holdsStock(
  ctx: CompanyContext,
  place: 'warehouse_id' | 'bin_id',
  id: string,
): boolean {
  const held = ctx.q.first(
    ctx.db
      .selectFrom('stock_on_hand')
      .select('product_id')
      .where(place, '=', id)
      .where('quantity', '<>', 0n),
  )
  return held !== undefined
}
