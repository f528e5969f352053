import type { GroupPrice, GroupPriceInput } from '../../../shared/domain/price-lists'
import { toDecimalString } from '../../../shared/money'
import { parseDecimal, QUANTITY_DECIMALS, quantityText } from '../sales-numbers'

/** One row of the price list as typed. */
export interface PriceRow {
  key: string
  productId: string
  minQuantity: string
  price: string
}

export function rowsOf(prices: readonly GroupPrice[], decimals: number): PriceRow[] {
  return prices.map((price, index) => ({
    key: `p${index}`,
    productId: price.productId,
    minQuantity: price.minQuantity === 0n ? '' : quantityText(price.minQuantity),
    price: toDecimalString(price.price, decimals),
  }))
}

/**
 * The rows as the engine takes them, or the first row and field that does not read: a product
 * must be chosen and the price typed; a blank minimum quantity means any.
 */
export function pricesOf(
  rows: readonly PriceRow[],
  rules: { decimals: number; locale: string },
): { ok: true; prices: GroupPriceInput[] } | { ok: false; key: string; field: keyof PriceRow } {
  const prices: GroupPriceInput[] = []
  for (const row of rows) {
    if (!row.productId) return { ok: false, key: row.key, field: 'productId' }
    const minimum = parseDecimal(row.minQuantity, QUANTITY_DECIMALS, rules.locale)
    if (minimum && !minimum.ok) return { ok: false, key: row.key, field: 'minQuantity' }
    const price = parseDecimal(row.price, rules.decimals, rules.locale)
    if (!price || !price.ok) return { ok: false, key: row.key, field: 'price' }
    prices.push({ productId: row.productId, minQuantity: minimum?.value ?? 0n, price: price.value })
  }
  return { ok: true, prices }
}
