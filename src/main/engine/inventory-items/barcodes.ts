import type { ItemBarcode, ScanResult } from '../../../shared/domain/inventory-items'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { getProduct } from '../products/products'
import { itemUnit } from './item-units'
import { requireStockedProduct } from './stocked-item'

export function listBarcodes(ctx: CompanyContext, productId: string): ItemBarcode[] {
  return ctx.q
    .all(
      ctx.db
        .selectFrom('item_barcode')
        .selectAll()
        .where('product_id', '=', productId)
        .orderBy('code'),
    )
    .map((row) => ({ code: row.code, productId: row.product_id, unit: row.unit }))
}

/** Gives the item another code; `unit` makes one scan count one of that unit (a box). */
export function addBarcode(ctx: CompanyContext, input: ItemBarcode): ItemBarcode {
  const product = requireStockedProduct(ctx, input.productId)
  const code = input.code.trim()
  if (!code) throw validationError('code', 'The barcode is empty')
  if (code.length > 64) throw validationError('code', 'A barcode is at most 64 characters')
  const clash = ctx.q.first(
    ctx.db.selectFrom('item_barcode').select('product_id').where('code', '=', code),
  )
  if (clash)
    throw new DaftarError(
      'duplicate',
      `Barcode ${code} already belongs to ${getProduct(ctx, clash.product_id).code}`,
      { field: 'code' },
    )
  const unit = input.unit?.trim() ? itemUnit(ctx, product.id, input.unit).unit : null
  const row = { code, product_id: product.id, unit: unit === product.unit ? null : unit }
  ctx.transaction(() => {
    ctx.q.run(ctx.db.insertInto('item_barcode').values(row))
    ctx.changes.append('item_barcode', code, 'create', { code, productId: product.id, unit })
  })
  return { code, productId: product.id, unit: row.unit }
}

export function removeBarcode(ctx: CompanyContext, code: string): void {
  const found = ctx.q.first(
    ctx.db.selectFrom('item_barcode').select('code').where('code', '=', code.trim()),
  )
  if (!found) throw notFound('Barcode', code.trim())
  ctx.transaction(() => {
    ctx.q.run(ctx.db.deleteFrom('item_barcode').where('code', '=', found.code))
    ctx.changes.append('item_barcode', found.code, 'delete', { code: found.code })
  })
}

/**
 * What a scanned (or typed) code stands for: a barcode, else a stocked product's own code. An
 * unknown code is an error naming it, so a scan is never lost silently.
 */
export function scanCode(ctx: CompanyContext, scanned: string): ScanResult {
  const code = scanned.trim()
  const barcode = ctx.q.first(
    ctx.db.selectFrom('item_barcode').selectAll().where('code', '=', code),
  )
  if (barcode) {
    const product = getProduct(ctx, barcode.product_id)
    return { product, ...itemUnit(ctx, product.id, barcode.unit) }
  }
  const own = ctx.q.first(
    ctx.db
      .selectFrom('product')
      .select('id')
      .where('code', '=', code)
      .where('kind', '=', 'stocked'),
  )
  if (own) {
    const product = getProduct(ctx, own.id)
    return { product, ...itemUnit(ctx, product.id, null) }
  }
  throw new DaftarError('not-found', `No item has the code ${code || '(empty)'}`, {
    what: 'Barcode',
    key: code,
    field: 'code',
  })
}
