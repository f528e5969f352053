import { useEffect, useState } from 'react'
import type { GroupPrice } from '../../../shared/domain/price-lists'
import { toDecimalString } from '../../../shared/money'
import { useInvoke } from '../../state/services'
import type { InvoiceLineDraft, NumberRules } from '../invoices/invoice-draft'
import { parseDecimal, QUANTITY_DECIMALS } from '../sales-numbers'

/** The customer group prices of the contact picked on a sales form; none for no contact. */
export function useGroupPrices(contactId: string): readonly GroupPrice[] {
  const invoke = useInvoke()
  const [prices, setPrices] = useState<{ contactId: string; prices: GroupPrice[] }>({
    contactId: '',
    prices: [],
  })
  useEffect(() => {
    if (!contactId) return
    let current = true
    // A failed look-up leaves the products' own prices, which the engine would take too.
    invoke('priceLists.forContact', { contactId }).then(
      (found) => current && setPrices({ contactId, prices: found }),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [contactId, invoke])
  return prices.contactId === contactId ? prices.prices : []
}

/** The group's price for the product at the quantity, as the engine's priceFor picks it. */
export function groupPriceFor(
  prices: readonly GroupPrice[],
  productId: string,
  quantity: bigint,
): bigint | undefined {
  let best: GroupPrice | undefined
  for (const price of prices)
    if (
      price.productId === productId &&
      price.minQuantity <= quantity &&
      (!best || price.minQuantity > best.minQuantity)
    )
      best = price
  return best?.price
}

/** A line just filled from its product, priced from the contact's group when it has a price. */
export function withGroupPrice(
  line: InvoiceLineDraft,
  prices: readonly GroupPrice[],
  rules: NumberRules,
): InvoiceLineDraft {
  if (prices.length === 0 || !line.productId) return line
  const parsed = parseDecimal(line.quantity, QUANTITY_DECIMALS, rules.locale)
  const price = groupPriceFor(prices, line.productId, parsed?.ok ? parsed.value : 1000n)
  return price === undefined ? line : { ...line, unitPrice: toDecimalString(price, rules.decimals) }
}
