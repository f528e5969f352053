import { isIsoDate } from '../../../shared/dates'
import type { Lot } from '../../../shared/domain/inventory-items'
import { notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { requireStockedProduct } from './stocked-item'

/** The item's lots by expiry (those without one last), each with what is on hand now. */
export function listLots(
  ctx: CompanyContext,
  productId: string,
  filter: { inStockOnly?: boolean } = {},
): Lot[] {
  requireStockedProduct(ctx, productId)
  const lots = ctx.q.all(
    ctx.db
      .selectFrom('lot as l')
      .leftJoin('stock_on_hand as s', 's.lot_id', 'l.id')
      .select([
        'l.id',
        'l.product_id',
        'l.number',
        'l.expiry_date',
        (eb) => eb.fn.coalesce(eb.fn.sum<bigint>('s.quantity'), eb.lit(0)).as('on_hand'),
      ])
      .where('l.product_id', '=', productId)
      .groupBy(['l.id', 'l.product_id', 'l.number', 'l.expiry_date'])
      .orderBy((eb) => eb.fn.coalesce('l.expiry_date', eb.val('9999-12-31')))
      .orderBy('l.number'),
  )
  return lots
    .map((row) => ({
      id: row.id,
      productId: row.product_id,
      number: row.number,
      expiryDate: row.expiry_date,
      onHand: BigInt(row.on_hand),
    }))
    .filter((lot) => !filter.inStockOnly || lot.onHand !== 0n)
}

/** Corrects a lot's expiry date (null: it does not expire). */
export function setLotExpiry(ctx: CompanyContext, lotId: string, expiryDate: string | null): Lot {
  const lot = ctx.q.first(ctx.db.selectFrom('lot').selectAll().where('id', '=', lotId))
  if (!lot) throw notFound('Lot', lotId)
  if (expiryDate !== null && !isIsoDate(expiryDate))
    throw validationError('expiryDate', `${expiryDate} is not a real date (YYYY-MM-DD)`)
  ctx.transaction(() => {
    ctx.q.run(ctx.db.updateTable('lot').set({ expiry_date: expiryDate }).where('id', '=', lotId))
    ctx.changes.append('lot', lotId, 'update', { id: lotId, expiryDate })
  })
  return listLots(ctx, lot.product_id).find((row) => row.id === lotId)!
}
