import { useMemo } from 'react'
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
