import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Account } from '../../shared/domain/ledger'
import type { Invoke } from '../api/client'

export interface AccountsStore {
  /** The open company's chart, ordered by code; null until loaded. */
  accounts: Account[] | null
  byId: ReadonlyMap<string, Account>
  load(): Promise<Account[]>
  put(account: Account): void
  remove(id: string): void
  clear(): void
}

const byCode = (a: Account, b: Account) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

function withIndex(accounts: Account[] | null) {
  return {
    accounts,
    byId: new Map((accounts ?? []).map((account) => [account.id, account])),
  }
}

/** A cache of the chart of accounts, shared by the chart screen, the entry form and reports. */
export function createAccountsStore(invoke: Invoke): StoreApi<AccountsStore> {
  return createStore<AccountsStore>((set, get) => ({
    ...withIndex(null),
    async load() {
      const accounts = [...(await invoke('accounts.list', {}))].sort(byCode)
      set(withIndex(accounts))
      return accounts
    },
    put(account) {
      const others = (get().accounts ?? []).filter((item) => item.id !== account.id)
      set(withIndex([...others, account].sort(byCode)))
    },
    remove(id) {
      set(withIndex((get().accounts ?? []).filter((item) => item.id !== id)))
    },
    clear() {
      set(withIndex(null))
    },
  }))
}
