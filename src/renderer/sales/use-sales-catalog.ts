import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { asRpcError, type RpcError } from '../api/rpc-error'
import { useServices } from '../state/services'
import type { SalesCatalog } from '../state/sales-store'

/** Contacts, products, tax codes and sales settings, loaded once per company and kept fresh. */
export function useSalesCatalog(): { catalog: SalesCatalog | null; error: RpcError | null } {
  const store = useServices().sales
  const catalog = useStore(store, (state) => state.catalog)
  const [error, setError] = useState<RpcError | null>(null)
  useEffect(() => {
    const state = store.getState()
    if (state.catalog || state.loading) return
    state.load().then(
      () => setError(null),
      (caught: unknown) => setError(asRpcError(caught)),
    )
  }, [store, catalog])
  return { catalog, error }
}
