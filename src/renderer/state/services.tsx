import { createContext, useContext, type ReactNode } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { Invoke } from '../api/client'
import { createAccountsStore, type AccountsStore } from './accounts-store'
import { createSalesStore, type SalesStore } from './sales-store'
import { createSessionStore, type SessionStore } from './session-store'

/** Everything screens share, made once per window and handed down by context (no module state). */
export interface Services {
  invoke: Invoke
  session: StoreApi<SessionStore>
  accounts: StoreApi<AccountsStore>
  sales: StoreApi<SalesStore>
}

export function createServices(invoke: Invoke): Services {
  return {
    invoke,
    session: createSessionStore(invoke),
    accounts: createAccountsStore(invoke),
    sales: createSalesStore(invoke),
  }
}

const ServicesContext = createContext<Services | null>(null)

export function ServicesProvider(props: { services: Services; children: ReactNode }) {
  return (
    <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>
  )
}

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices needs a ServicesProvider')
  return services
}

export function useInvoke(): Invoke {
  return useServices().invoke
}

export function useSession<T>(selector: (store: SessionStore) => T): T {
  return useStore(useServices().session, selector)
}

export function useAccounts<T>(selector: (store: AccountsStore) => T): T {
  return useStore(useServices().accounts, selector)
}
