import { useCallback, useEffect, useState } from 'react'
import { asRpcError, type RpcError } from '../api/rpc-error'

export interface Query<T> {
  data: T | undefined
  error: RpcError | null
  loading: boolean
  reload: () => void
}

/**
 * Runs `load` when `key` changes and keeps the latest answer; an answer that arrives after the
 * key moved on is dropped. `key` is a string so callers say exactly what the data depends on.
 */
export function useQuery<T>(key: string | null, load: () => Promise<T>): Query<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error: RpcError | null }>({
    key: null,
    error: null,
  })
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    if (key === null) return
    let current = true
    load().then(
      (data) => current && setState({ key, data, error: null }),
      (error: unknown) => current && setState({ key, error: asRpcError(error) }),
    )
    return () => {
      current = false
    }
    // `load` is expected to change with `key`; `key` is what the data depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation])
  const reload = useCallback(() => setGeneration((n) => n + 1), [])
  const fresh = state.key === key
  return {
    data: fresh || state.key !== null ? state.data : undefined,
    error: fresh ? state.error : null,
    loading: key !== null && !fresh,
    reload,
  }
}
