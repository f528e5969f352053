import { parseDecimal, QUANTITY_DECIMALS, quantityText } from '../sales/sales-numbers'

/** A typed quantity ("1.5") as thousandths, 0 or more; null when it is not one (blank is 0). */
export function parseQuantity(text: string, locale: string): bigint | null {
  const parsed = parseDecimal(text, QUANTITY_DECIMALS, locale)
  if (parsed === null) return 0n
  return parsed.ok ? parsed.value : null
}

export { quantityText }
