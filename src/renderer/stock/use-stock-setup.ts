import { useMemo } from 'react'
import type { StockItem, Warehouse } from '../../shared/domain/inventory-items'
import type { RpcError } from '../api/rpc-error'
import { useQuery } from '../components/use-query'
import { useInvoke } from '../state/services'

export interface StockSetup {
  warehouses: Warehouse[]
  items: StockItem[]
  itemOf: (productId: string) => { unit: string; lotTracked: boolean } | undefined
  defaultWarehouseId: string | null
  error: RpcError | null
  loading: boolean
}

/** What every clerk's screen needs first: the warehouses, the stocked items and the default place. */
export function useStockSetup(): StockSetup {
  const invoke = useInvoke()
  const query = useQuery('stock-setup', async () => {
    const [warehouses, items, settings] = await Promise.all([
      invoke('warehouses.list', {}),
      invoke('items.list', {}),
      invoke('inventorySettings.get', {}),
    ])
    return { warehouses, items, settings }
  })
  const data = query.data
  return useMemo(() => {
    const items = data?.items ?? []
    const byId = new Map(items.map((item) => [item.product.id, item]))
    return {
      warehouses: data?.warehouses ?? [],
      items,
      itemOf: (productId: string) => {
        const item = byId.get(productId)
        return item ? { unit: item.product.unit, lotTracked: item.lotTracked } : undefined
      },
      defaultWarehouseId: data?.settings.defaultWarehouseId ?? null,
      error: query.error,
      loading: query.loading,
    }
  }, [data, query.error, query.loading])
}
