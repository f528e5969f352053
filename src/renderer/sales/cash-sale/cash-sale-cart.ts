import type { GroupPrice } from '../../../shared/domain/price-lists'
import type { Product, TaxCode, TaxRounding } from '../../../shared/domain/sales'
import { lineAmount, sumTaxed, taxLines } from '../../../shared/money/tax-math'
import { groupPriceFor } from '../price-lists/group-price'
import { parseDecimal, QUANTITY_DECIMALS, quantityText } from '../sales-numbers'

/** One line at the counter: the product and the quantity as typed. */
export interface CartLine {
  productId: string
  code: string
  name: string
  /** The product's own price until `pricedCart` puts the walk-in customer's group price. */
  unitPrice: bigint
  taxCodeId: string | null
  quantity: string
}

const ONE = 1000n

/** The cart with one more of the product: its line's quantity up by one, or a new line. */
export function addProduct(
  lines: readonly CartLine[],
  product: Product,
  locale: string,
): CartLine[] {
  const index = lines.findIndex((line) => line.productId === product.id)
  if (index < 0) {
    return [
      ...lines,
      {
        productId: product.id,
        code: product.code,
        name: product.name,
        unitPrice: product.salesPrice,
        taxCodeId: product.taxCodeId,
        quantity: quantityText(ONE, locale),
      },
    ]
  }
  return lines.map((line, at) => {
    if (at !== index) return line
    const parsed = parseDecimal(line.quantity, QUANTITY_DECIMALS, locale)
    const current = parsed?.ok ? parsed.value : 0n
    return { ...line, quantity: quantityText(current + ONE, locale) }
  })
}

/** The cart at the prices the posted sale takes: the group's price at each line's quantity. */
export function pricedCart(
  lines: readonly CartLine[],
  prices: readonly GroupPrice[],
  locale: string,
): readonly CartLine[] {
  if (prices.length === 0) return lines
  return lines.map((line) => {
    const parsed = parseDecimal(line.quantity, QUANTITY_DECIMALS, locale)
    const listed = groupPriceFor(prices, line.productId, parsed?.ok ? parsed.value : ONE)
    return listed === undefined ? line : { ...line, unitPrice: listed }
  })
}

/** The product the counter's search means: an exact code (any case) first, else the only match. */
export function pickProduct(query: string, found: readonly Product[]): Product | 'none' | 'many' {
  const wanted = query.trim().toLowerCase()
  const exact = found.find((product) => product.code.toLowerCase() === wanted)
  if (exact) return exact
  if (found.length === 0) return 'none'
  return found.length === 1 && found[0] ? found[0] : 'many'
}

/** Each line's quantity in thousandths, or the index of the first line that does not parse. */
export function cartQuantities(
  lines: readonly CartLine[],
  locale: string,
): { ok: true; quantities: bigint[] } | { ok: false; index: number } {
  const quantities: bigint[] = []
  for (const [index, line] of lines.entries()) {
    const parsed = parseDecimal(line.quantity, QUANTITY_DECIMALS, locale)
    if (!parsed?.ok || parsed.value <= 0n) return { ok: false, index }
    quantities.push(parsed.value)
  }
  return { ok: true, quantities }
}

/** What the customer pays: each line taxed as the invoice will be (unparsed lines count zero). */
export function cartTotal(
  lines: readonly CartLine[],
  taxCodes: ReadonlyMap<string, TaxCode>,
  rounding: TaxRounding,
  locale: string,
): bigint {
  const taxed = taxLines(
    lines.map((line) => {
      const parsed = parseDecimal(line.quantity, QUANTITY_DECIMALS, locale)
      const code = line.taxCodeId ? taxCodes.get(line.taxCodeId) : undefined
      return {
        amount: parsed?.ok ? lineAmount(parsed.value, line.unitPrice) : 0n,
        rate: BigInt(code?.rate ?? 0),
        inclusive: code?.pricesIncludeTax ?? false,
        group: code?.id ?? '',
      }
    }),
    rounding,
  )
  return sumTaxed(taxed).gross
}
