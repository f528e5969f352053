import { useMemo } from 'react'
import type { Lot } from '../../shared/domain/inventory-items'
import { useQuery } from '../components/use-query'
import { useInvoke } from '../state/services'
import type { StockLevels } from './stock-lines'

/** On hand in the warehouse and available overall for the items on the lines, kept current. */
export function useStockLevels(
  lines: readonly { productId: string }[],
  warehouseId: string,
): { levels: StockLevels; reload: () => void } {
  const invoke = useInvoke()
  const productIds = [...new Set(lines.map((line) => line.productId))].sort()
  const key = productIds.length > 0 ? `${warehouseId}|${productIds.join(',')}` : null
  const query = useQuery(key, () => invoke('items.availability', { productIds }))
  const data = query.data
  const levels = useMemo(
    () =>
      new Map(
        (data ?? []).map((row) => [
          row.productId,
          {
            onHand: row.warehouses.find((place) => place.warehouseId === warehouseId)?.onHand ?? 0n,
            available: row.available,
          },
        ]),
      ),
    [data, warehouseId],
  )
  return { levels, reload: query.reload }
}

/** The lots in stock of the lot-tracked items on the lines, soonest expiry first, by product. */
export function useLotsInStock(
  lines: readonly { productId: string; lotTracked: boolean }[],
): ReadonlyMap<string, readonly Lot[]> {
  const invoke = useInvoke()
  const productIds = [
    ...new Set(lines.filter((line) => line.lotTracked).map((line) => line.productId)),
  ].sort()
  const query = useQuery(productIds.length > 0 ? `lots|${productIds.join(',')}` : null, () =>
    Promise.all(
      productIds.map(async (productId) => {
        const lots = await invoke('items.lots', { productId, inStockOnly: true })
        return [productId, lots] as const
      }),
    ),
  )
  return useMemo(() => new Map(query.data ?? []), [query.data])
}
