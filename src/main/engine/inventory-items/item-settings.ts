import type { ItemSettingsInput, StockItem } from '../../../shared/domain/inventory-items'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { nowIso } from '../ids'
import { getCategory } from './categories'
import { getItem } from './stocked-item'

/**
 * Changes a stocked product's stock settings. Valuation and lot tracking decide how every move
 * of the item was valued and placed, so once it has moves they are refused.
 */
export function updateItemSettings(
  ctx: CompanyContext,
  productId: string,
  input: ItemSettingsInput,
): StockItem {
  const item = getItem(ctx, productId)
  const code = item.product.code
  if (input.valuation !== undefined && input.valuation !== item.valuation && item.hasMoves)
    throw validationError(
      'valuation',
      `${code} already has stock moves valued by ${item.valuation}; its valuation cannot change`,
    )
  if (input.lotTracked !== undefined && input.lotTracked !== item.lotTracked && item.hasMoves)
    throw validationError(
      'lotTracked',
      `${code} already has stock moves; lot tracking cannot be turned ${input.lotTracked ? 'on' : 'off'}`,
    )
  for (const field of ['reorderLevel', 'reorderQuantity'] as const)
    if ((input[field] ?? 0n) < 0n) throw validationError(field, 'It cannot be below zero')
  if (input.categoryId) getCategory(ctx, input.categoryId)
  const set = {
    ...(input.valuation !== undefined && { valuation: input.valuation }),
    ...(input.categoryId !== undefined && { category_id: input.categoryId }),
    ...(input.reorderLevel !== undefined && { reorder_level: input.reorderLevel }),
    ...(input.reorderQuantity !== undefined && { reorder_quantity: input.reorderQuantity }),
    ...(input.lotTracked !== undefined && { lot_tracked: input.lotTracked ? 1n : 0n }),
  }
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .updateTable('product')
        .set({ ...set, updated_at: nowIso() })
        .where('id', '=', productId),
    )
    ctx.changes.append('product', productId, 'update', { id: productId, stock: input })
  })
  return getItem(ctx, productId)
}
