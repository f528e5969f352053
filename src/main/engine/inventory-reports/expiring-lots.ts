import { addDays } from '../../../shared/dates'
import type { ExpiringLots } from '../../../shared/domain/inventory-reports'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { assertDate, reportHeader } from '../reports/report-header'

const DAY = 86_400_000

/**
 * Lots with stock on hand whose expiry date is at most `days` after `asOf`, the expired ones
 * included, soonest first, one row per lot and warehouse. On hand is as it stands now.
 */
export function expiringLots(
  ctx: CompanyContext,
  query: { asOf: string; days: number; productId?: string; warehouseId?: string },
): ExpiringLots {
  assertDate('asOf', query.asOf)
  if (!Number.isInteger(query.days) || query.days < 0 || query.days > 36_500)
    throw validationError('days', `${query.days} is not a whole number of days from 0 to 36500`)
  let select = ctx.db
    .selectFrom('lot as l')
    .innerJoin('product as p', 'p.id', 'l.product_id')
    .innerJoin('stock_on_hand as s', 's.lot_id', 'l.id')
    .innerJoin('warehouse as w', 'w.id', 's.warehouse_id')
    .select([
      'p.id',
      'p.code',
      'p.name',
      'p.unit',
      'l.id as lot_id',
      'l.number',
      'l.expiry_date',
      'w.code as warehouse_code',
      (eb) => eb.fn.sum<bigint>('s.quantity').as('on_hand'),
    ])
    .where('l.expiry_date', 'is not', null)
    .where('l.expiry_date', '<=', addDays(query.asOf, query.days))
    .groupBy(['p.id', 'p.code', 'p.name', 'p.unit', 'l.id', 'l.number', 'l.expiry_date', 'w.code'])
    .having((eb) => eb.fn.sum('s.quantity'), '>', 0n)
    .orderBy('l.expiry_date')
    .orderBy('p.code')
    .orderBy('l.number')
    .orderBy('w.code')
  if (query.productId) select = select.where('p.id', '=', query.productId)
  if (query.warehouseId) select = select.where('s.warehouse_id', '=', query.warehouseId)
  const rows = ctx.q.all(select).map((row) => ({
    productId: row.id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    lotId: row.lot_id,
    lotNumber: row.number,
    expiryDate: row.expiry_date!,
    daysLeft: Math.round((Date.parse(row.expiry_date!) - Date.parse(query.asOf)) / DAY),
    warehouseCode: row.warehouse_code,
    onHand: BigInt(row.on_hand),
  }))
  return {
    ...reportHeader(ctx),
    asOf: query.asOf,
    days: query.days,
    warehouseId: query.warehouseId ?? null,
    rows,
  }
}
