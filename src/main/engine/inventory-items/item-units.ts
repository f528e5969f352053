import type { ItemUnit, StockItem } from '../../../shared/domain/inventory-items'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { unitFactor } from '../inventory/line-rows'
import { getProduct } from '../products/products'
import { getItem } from './stocked-item'

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
 * The item's unit by name (its base unit when empty) with its factor: thousandths of the base
 * unit in one of it; a clear error for a unit the item does not have.
 */
export function itemUnit(
  ctx: CompanyContext,
  productId: string,
  unit: string | null | undefined,
  field = 'unit',
): { unit: string; factor: bigint } {
  const product = getProduct(ctx, productId)
  const wanted = unit?.trim() || product.unit
  const factor = unitFactor(ctx, productId, product.unit, wanted)
  if (factor === null) throw validationError(field, `${product.code} has no unit ${wanted}`)
  return { unit: wanted, factor }
}
