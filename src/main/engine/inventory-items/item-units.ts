import type { ItemUnit, StockItem } from '../../../shared/domain/inventory-items'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { getItem } from './stocked-item'

/** One base unit in thousandths: the base unit's own factor. */
export const BASE_FACTOR = 1000n

/**
 * Replaces the item's other units (a box of 12: { unit: 'box', factor: 12000n }). The base unit is
 * product.unit and is never listed. A unit a barcode or a draft stock document still uses cannot
 * be dropped; posted documents keep their base quantities, so history does not care.
 */
export function setItemUnits(ctx: CompanyContext, productId: string, units: ItemUnit[]): StockItem {
  const item = getItem(ctx, productId)
  const seen = new Set<string>()
  const clean = units.map((given, index) => {
    const unit = given.unit.trim()
    if (!unit) throw validationError(`units.${index}.unit`, 'The unit needs a name')
    if (unit.length > 20) throw validationError(`units.${index}.unit`, 'At most 20 characters')
    if (unit.toLowerCase() === item.product.unit.toLowerCase())
      throw validationError(
        `units.${index}.unit`,
        `${unit} is the base unit of ${item.product.code}`,
      )
    if (seen.has(unit.toLowerCase()))
      throw validationError(`units.${index}.unit`, `${unit} is listed twice`)
    seen.add(unit.toLowerCase())
    if (given.factor <= 0n)
      throw validationError(`units.${index}.factor`, `One ${unit} must hold more than zero`)
    return { unit, factor: given.factor }
  })
  for (const old of item.units) {
    if (seen.has(old.unit.toLowerCase())) continue
    const barcode = item.barcodes.find((b) => b.unit?.toLowerCase() === old.unit.toLowerCase())
    if (barcode)
      throw validationError(
        'units',
        `Barcode ${barcode.code} counts in ${old.unit}; remove it first`,
      )
    const draft = ctx.q.first(
      ctx.db
        .selectFrom('stock_document_line as l')
        .innerJoin('stock_document as d', 'd.id', 'l.document_id')
        .select('d.id')
        .where('l.product_id', '=', productId)
        .where('l.unit', '=', old.unit)
        .where('d.status', '=', 'draft'),
    )
    if (draft) throw validationError('units', `A draft stock document still counts in ${old.unit}`)
  }
  ctx.transaction(() => {
    ctx.q.run(ctx.db.deleteFrom('item_unit').where('product_id', '=', productId))
    for (const unit of clean)
      ctx.q.run(ctx.db.insertInto('item_unit').values({ product_id: productId, ...unit }))
    ctx.changes.append('item_unit', productId, 'update', { productId, units: clean })
  })
  return getItem(ctx, productId)
}

/**
 * Thousandths of the base unit in one `unit` of the item: 1000 for the base unit (or no unit),
 * else its conversion; a clear error for a unit the item does not have.
 */
export function unitFactor(
  ctx: CompanyContext,
  productId: string,
  unit: string | null | undefined,
  field = 'unit',
): { unit: string; factor: bigint } {
  const base = ctx.q.first(
    ctx.db.selectFrom('product').select(['code', 'unit']).where('id', '=', productId),
  )
  const wanted = unit?.trim() ?? ''
  if (!base || !wanted || wanted.toLowerCase() === base.unit.toLowerCase())
    return { unit: base?.unit ?? '', factor: BASE_FACTOR }
  const row = ctx.q.first(
    ctx.db
      .selectFrom('item_unit')
      .select(['unit', 'factor'])
      .where('product_id', '=', productId)
      .where('unit', '=', wanted),
  )
  if (!row) throw validationError(field, `${base.code} has no unit ${wanted}`)
  return row
}
