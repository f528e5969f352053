import type { StockDocument, StockDocumentLine } from '../../../shared/domain/inventory'
import { divideHalfUp, QUANTITY_SCALE } from '../../../shared/money/tax-math'
import type { CompanyContext } from '../company/company-context'
import { sourceUnitCost } from './sources'

const AS_OF = `SELECT quantity, value FROM stock_item_day WHERE product_id = ? AND day <= ?
  ORDER BY day DESC LIMIT 1`

/**
 * What an item costs per base unit on `date`: its stock's value over its quantity, or its
 * purchase price when it holds none. Stock found or added by hand comes in at this cost.
 */
export function currentUnitCost(ctx: CompanyContext, productId: string, date: string): bigint {
  const held = ctx.q.prepare(AS_OF).get(productId, date) as
    { quantity: bigint; value: bigint } | undefined
  if (held && held.quantity > 0n && held.value >= 0n)
    return divideHalfUp(held.value * QUANTITY_SCALE, held.quantity)
  return purchasePrice(ctx, productId)
}

/**
 * The unit cost a line brings stock in at when none was typed: a receipt takes its source
 * line's price or the item's purchase price; an adjustment in, the item's current cost.
 * Returns null for lines that bring nothing in at a cost of their own.
 */
export function defaultUnitCost(
  ctx: CompanyContext,
  document: StockDocument,
  line: StockDocumentLine,
): bigint | null {
  if (line.unitCost !== null) return line.unitCost
  if (document.type === 'receipt') {
    const fromSource =
      document.sourceDocumentId && line.sourceLineNo !== null
        ? sourceUnitCost(ctx, document.sourceDocumentId, line.sourceLineNo)
        : undefined
    return fromSource ?? purchasePrice(ctx, line.productId)
  }
  if (document.type === 'adjustment' && line.quantity! > 0n)
    return currentUnitCost(ctx, line.productId, document.date)
  return null
}

function purchasePrice(ctx: CompanyContext, productId: string): bigint {
  return (
    ctx.q.prepare('SELECT purchase_price FROM product WHERE id = ?').get(productId) as {
      purchase_price: bigint
    }
  ).purchase_price
}
