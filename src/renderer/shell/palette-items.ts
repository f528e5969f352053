import type { Account } from '../../shared/domain/ledger'
import type { Contact } from '../../shared/domain/sales'
import { matchCustomers, matchSuppliers } from '../sales/sales-match'
import { accountLabel, matchAccounts } from '../journal/account-match'
import type { Translate } from '../i18n/translate'
import type { Route } from '../routing/routes'
import { NAV_GROUPS, PALETTE_ONLY_SCREENS } from './nav-items'

export interface PaletteItem {
  id: string
  label: string
  kind: 'screen' | 'account' | 'customer' | 'supplier'
  route: Route
}

/** What the "go to" palette offers for the typed text: screens and reports, then accounts. */
export function paletteItems(
  query: string,
  accounts: readonly Account[],
  t: Translate,
  limit = 12,
  customers: readonly Contact[] = [],
): PaletteItem[] {
  const q = query.trim().toLocaleLowerCase()
  const screens: PaletteItem[] = [
    ...NAV_GROUPS.flatMap((group) => group.items),
    ...PALETTE_ONLY_SCREENS,
  ]
    .map((item) => ({
      id: `screen:${item.label}`,
      label: t(item.label),
      kind: 'screen' as const,
      route: item.route,
    }))
    .filter((item) => !q || item.label.toLocaleLowerCase().includes(q))
    .map((item, order) => ({ item, order, rank: matchRank(item.label.toLocaleLowerCase(), q) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ item }) => item)
  const matched = q ? matchAccounts(accounts, q, limit) : []
  const accountItems: PaletteItem[] = matched.map((account) => ({
    id: `account:${account.id}`,
    label: accountLabel(account),
    kind: 'account',
    route: { page: 'general-ledger', account: account.id },
  }))
  const customerItems: PaletteItem[] = (q ? matchCustomers(customers, q, limit) : []).map(
    (contact) => ({
      id: `customer:${contact.id}`,
      label: contact.name,
      kind: 'customer',
      route: { page: 'contact', id: contact.id },
    }),
  )
  // A contact that is also a customer opens on the customer's page, listed once above.
  const supplierItems: PaletteItem[] = (q ? matchSuppliers(customers, q, limit) : [])
    .filter((contact) => !contact.isCustomer)
    .map((contact) => ({
      id: `supplier:${contact.id}`,
      label: contact.name,
      kind: 'supplier',
      route: { page: 'supplier', id: contact.id },
    }))
  return [...screens, ...customerItems, ...supplierItems, ...accountItems].slice(0, limit)
}

/** The exact name first, then names that start with the text, then a word that does, then the rest. */
function matchRank(label: string, q: string): number {
  if (!q || label === q) return 0
  if (label.startsWith(q)) return 1
  return label.includes(` ${q}`) ? 2 : 3
}
