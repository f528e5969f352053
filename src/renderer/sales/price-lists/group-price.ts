import { useEffect, useState } from 'react'
import type { GroupPrice } from '../../../shared/domain/price-lists'
import { toDecimalString } from '../../../shared/money'
import { useInvoke } from '../../state/services'
import type { InvoiceLineDraft, NumberRules } from '../invoices/invoice-draft'
import { parseDecimal, QUANTITY_DECIMALS } from '../sales-numbers'

const NONE: readonly GroupPrice[] = []

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
  return prices.contactId === contactId ? prices.prices : NONE
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

/**
 * A line priced as the engine would price it for the contact: the group's price at the line's
 * quantity, or else the product's own. A line whose price was typed by hand keeps it.
 */
export function followPriceList(
  line: InvoiceLineDraft,
  prices: readonly GroupPrice[],
  rules: NumberRules,
): InvoiceLineDraft {
  if (line.listPrice === undefined || !line.productId) return line
  const parsed = parseDecimal(line.quantity, QUANTITY_DECIMALS, rules.locale)
  const quantity = parsed?.ok ? parsed.value : 1000n
  const price = groupPriceFor(prices, line.productId, quantity) ?? line.listPrice
  const unitPrice = toDecimalString(price, rules.decimals)
  return unitPrice === line.unitPrice ? line : { ...line, unitPrice }
}

/** A line after the user's edit: a typed price stops following the list; a quantity reprices. */
export function editedLine(
  line: InvoiceLineDraft,
  patch: Partial<InvoiceLineDraft>,
  prices: readonly GroupPrice[] | null,
  rules: NumberRules,
): InvoiceLineDraft {
  const next = { ...line, ...patch }
  if ('unitPrice' in patch) return { ...next, listPrice: undefined }
  return 'quantity' in patch && prices ? followPriceList(next, prices, rules) : next
}
