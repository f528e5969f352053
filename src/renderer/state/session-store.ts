import { createStore, type StoreApi } from 'zustand/vanilla'
import type { SessionState } from '../../shared/domain/company'
import type { Invoke } from '../api/client'
import { asRpcError, type RpcError } from '../api/rpc-error'

export interface SessionStore {
  /** Null until the first answer from the engine. */
  session: SessionState | null
  loadError: RpcError | null
  load(): Promise<void>
  /** Every company.* call answers with the new session state; this takes it in. */
  apply(session: SessionState): void
}

export function createSessionStore(invoke: Invoke): StoreApi<SessionStore> {
  return createStore<SessionStore>((set) => ({
    session: null,
    loadError: null,
    async load() {
      try {
        set({ session: await invoke('session.state', {}), loadError: null })
      } catch (error) {
        set({ loadError: asRpcError(error) })
      }
    },
    apply(session) {
      set({ session, loadError: null })
    },
  }))
}
