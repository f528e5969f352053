import type { Product } from '../../../shared/domain/sales'
import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { warehouseByCode } from '../inventory-items/warehouses'
import { getProduct } from '../products/products'

/** A stocked item by its code, for --item; a not-found error naming the code. */
export function itemByCode(ctx: CompanyContext, code: string): Product {
  const row = ctx.q.first(
    ctx.db
      .selectFrom('product')
      .select('id')
      .where('code', '=', code.trim())
      .where('kind', '=', 'stocked'),
  )
  if (!row)
    throw new DaftarError('not-found', `No stocked item has the code ${code.trim()}`, {
      what: 'Item',
      key: code.trim(),
      field: 'item',
    })
  return getProduct(ctx, row.id)
}

/** The warehouse's id for --warehouse CODE, or null for all of them. */
export function warehouseScope(ctx: CompanyContext, code: string | undefined): string | null {
  return code === undefined ? null : warehouseByCode(ctx, code).id
}
