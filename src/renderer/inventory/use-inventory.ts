import type { Availability } from '../../shared/domain/inventory-items'
import { useQuery } from '../components/use-query'
import { useInvoke } from '../state/services'
import type { Invoke } from '../api/client'

/** items.availability takes at most this many ids a call. */
const AVAILABILITY_CHUNK = 10_000

/** On hand, reserved and available for the products named, by product id (stocked ones only). */
export async function loadAvailability(
  invoke: Invoke,
  productIds: readonly string[],
): Promise<Map<string, Availability>> {
  const found = new Map<string, Availability>()
  for (let start = 0; start < productIds.length; start += AVAILABILITY_CHUNK) {
    const chunk = productIds.slice(start, start + AVAILABILITY_CHUNK)
    for (const row of await invoke('items.availability', { productIds: chunk }))
      found.set(row.productId, row)
  }
  return found
}

export function useWarehouses(includeArchived = false) {
  const invoke = useInvoke()
  return useQuery(`warehouses:${includeArchived}`, () =>
    invoke('warehouses.list', { includeArchived }),
  )
}

export function useCategories() {
  const invoke = useInvoke()
  return useQuery('item-categories', () => invoke('itemCategories.list', {}))
}

/** The stocked items (not archived), for the report filters. */
export function useStockItems() {
  const invoke = useInvoke()
  return useQuery('stock-items', () => invoke('items.list', {}))
}
