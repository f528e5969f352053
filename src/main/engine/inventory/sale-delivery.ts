import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { recordStockDocument } from './post'
import { defaultWarehouseId } from './settings'

/** A sold line: the product, the quantity in its base unit, and its index on the sale's form. */
export interface SoldLine {
  productId: string
  quantity: bigint
  index: number
}

/**
 * Delivers what a counter sale sold of stocked items from the default warehouse, against its
 * invoice, in the caller's transaction. A shortfall is reported on the sale's own line.
 */
export function deliverSale(
  ctx: CompanyContext,
  invoice: { id: string; contactId: string; date: string },
  sold: SoldLine[],
): void {
  const stocked = ctx.q.prepare('SELECT kind FROM product WHERE id = ?')
  const lines = sold.filter(
    (line) => (stocked.get(line.productId) as { kind: string }).kind === 'stocked',
  )
  if (lines.length === 0) return
  const warehouseId = defaultWarehouseId(ctx)
  if (!warehouseId)
    throw validationError('lines', 'Stocked items are delivered from a warehouse: add one first')
  try {
    recordStockDocument(ctx, {
      type: 'delivery',
      date: invoice.date,
      warehouseId,
      contactId: invoice.contactId,
      sourceDocumentId: invoice.id,
      lines: lines.map((line) => ({
        productId: line.productId,
        quantity: line.quantity,
        sourceLineNo: line.index + 1,
      })),
    })
  } catch (error) {
    throw onSaleLine(error, lines)
  }
}

function onSaleLine(error: unknown, lines: SoldLine[]): unknown {
  const field = error instanceof DaftarError ? error.details.field : undefined
  const match = typeof field === 'string' ? /^lines\.(\d+)\.(.+)$/.exec(field) : null
  if (!match || !(error instanceof DaftarError)) return error
  const index = lines[Number(match[1])]!.index
  return new DaftarError(
    error.code,
    `Line ${index + 1}: ${error.message.replace(/^Line \d+: /, '')}`,
    {
      ...error.details,
      field: `lines.${index}.${match[2]}`,
      line: index + 1,
    },
  )
}
