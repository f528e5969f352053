import type { ReactNode } from 'react'
import type { Product } from '../../../shared/domain/sales'
import { useQuantityText } from '../../components/quantity'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { loadAvailability } from '../use-inventory'

/**
 * For a product picker: on hand and available of each stocked product, asked for once when the
 * picker's products change; other kinds show nothing. Returns what to put beside a product.
 */
export function useStockHint(products: readonly Product[]): (product: Product) => ReactNode {
  const { t } = useI18n()
  const quantity = useQuantityText()
  const invoke = useInvoke()
  const ids = products.filter((product) => product.kind === 'stocked').map((p) => p.id)
  const key = ids.length > 0 ? `stock-hint:${ids.length}:${ids[0]}:${ids[ids.length - 1]}` : null
  const stock = useQuery(key, () => loadAvailability(invoke, ids)).data
  return (product) => {
    const found = product.kind === 'stocked' ? stock?.get(product.id) : undefined
    if (!found) return null
    return (
      <span
        className={found.available > 0n ? 'stock-hint muted' : 'stock-hint short'}
        data-testid="stock-hint"
      >
        {t('stockHint.available', {
          onHand: `${quantity(found.onHand)} ${found.unit}`,
          available: quantity(found.available),
        })}
      </span>
    )
  }
}
