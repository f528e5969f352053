import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Contact, Product, SalesSettings, TaxCode } from '../../shared/domain/sales'
import type { Invoke } from '../api/client'

export interface SalesCatalog {
  contacts: Contact[]
  products: Product[]
  taxCodes: TaxCode[]
  settings: SalesSettings
}

export interface SalesStore {
  /** Contacts (archived too), products and tax codes of the open company; null until loaded. */
  catalog: SalesCatalog | null
  loading: Promise<SalesCatalog> | null
  load(): Promise<SalesCatalog>
  putContact(contact: Contact): void
  putProduct(product: Product): void
  putTaxCode(taxCode: TaxCode): void
  clear(): void
}

const byName = (a: Contact, b: Contact) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
const byCode = <T extends { code: string }>(a: T, b: T) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0

function replace<T extends { id: string }>(items: T[], item: T, order: (a: T, b: T) => number) {
  return [...items.filter((other) => other.id !== item.id), item].sort(order)
}

/** A cache of what the sales forms pick from, shared by the lists, forms and the palette. */
export function createSalesStore(invoke: Invoke): StoreApi<SalesStore> {
  return createStore<SalesStore>((set, get) => {
    const update = (change: (catalog: SalesCatalog) => Partial<SalesCatalog>) => {
      const catalog = get().catalog
      if (catalog) set({ catalog: { ...catalog, ...change(catalog) } })
    }
    return {
      catalog: null,
      loading: null,
      load() {
        const pending = Promise.all([
          invoke('contacts.list', { includeArchived: true }),
          invoke('products.list', {}),
          invoke('taxCodes.list', {}),
          invoke('sales.settings', {}),
        ]).then(([contacts, products, taxCodes, settings]) => {
          const catalog = {
            contacts: [...contacts].sort(byName),
            products: [...products].sort(byCode),
            taxCodes: [...taxCodes].sort(byCode),
            settings,
          }
          if (get().loading === pending) set({ catalog, loading: null })
          return catalog
        })
        pending.catch(() => get().loading === pending && set({ loading: null }))
        set({ loading: pending })
        return pending
      },
      putContact(contact) {
        update((catalog) => ({ contacts: replace(catalog.contacts, contact, byName) }))
      },
      putProduct(product) {
        update((catalog) => ({ products: replace(catalog.products, product, byCode) }))
      },
      putTaxCode(taxCode) {
        update((catalog) => ({ taxCodes: replace(catalog.taxCodes, taxCode, byCode) }))
      },
      clear() {
        set({ catalog: null, loading: null })
      },
    }
  })
}
