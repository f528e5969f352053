import type { EntryStatus } from '../../shared/domain/ledger'
import {
  inventoryRouteHref,
  isInventoryRoute,
  parseInventoryRoute,
  type InventoryRoute,
} from './inventory-routes'
import {
  isPayrollRoute,
  parsePayrollRoute,
  payrollRouteHref,
  type PayrollRoute,
} from './payroll-routes'
import {
  isPurchaseRoute,
  parsePurchaseRoute,
  purchaseRouteHref,
  type PurchaseRoute,
} from './purchase-routes'
import { isSalesRoute, parseSalesRoute, salesRouteHref, type SalesRoute } from './sales-routes'
import { isStockRoute, parseStockRoute, stockRouteHref, type StockRoute } from './stock-routes'

/**
 * Every screen has an address in the URL's hash (`#/reports/general-ledger?account=..`), so a
 * drill-down is a link and the back button undoes it. No router library: this file is the table.
 */
export type Route =
  | { page: 'home' }
  | { page: 'journal-new'; draft?: string }
  | { page: 'journal-list'; search?: string; from?: string; to?: string; status?: EntryStatus }
  | { page: 'journal-entry'; id: string }
  | { page: 'accounts' }
  | { page: 'trial-balance'; asOf?: string }
  | { page: 'general-ledger'; account?: string; from?: string; to?: string }
  | { page: 'profit-and-loss'; from?: string; to?: string }
  | { page: 'balance-sheet'; asOf?: string }
  | { page: 'new-company' }
  | { page: 'settings' }
  | { page: 'import'; kind?: ImportKind }
  | { page: 'not-found'; path: string }
  | SalesRoute
  | PurchaseRoute
  | PayrollRoute
  | StockRoute
  | InventoryRoute

/** What the import screen reads: the chart, journal entries, trade or stock from another system. */
export type ImportKind =
  | 'accounts'
  | 'journal'
  | 'contacts'
  | 'products'
  | 'invoices'
  | 'bills'
  | 'items'
  | 'opening-stock'

export const IMPORT_KIND_NAMES: readonly ImportKind[] = [
  'accounts',
  'journal',
  'contacts',
  'products',
  'invoices',
  'bills',
  'items',
  'opening-stock',
]

export type PageName = Route['page']

const PATHS = {
  home: '/home',
  'journal-new': '/journal/new',
  'journal-list': '/journal',
  accounts: '/accounts',
  'trial-balance': '/reports/trial-balance',
  'general-ledger': '/reports/general-ledger',
  'profit-and-loss': '/reports/profit-and-loss',
  'balance-sheet': '/reports/balance-sheet',
  'new-company': '/company/new',
  settings: '/company/settings',
  import: '/import',
} as const satisfies Partial<Record<PageName, string>>

const ENTRY_PREFIX = '/journal/entry/'

export const HOME: Route = { page: 'home' }

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '')
  const [rawPath = '', query = ''] = text.split('?', 2)
  const path = rawPath === '' ? '/' : rawPath
  const params = new URLSearchParams(query)
  const get = (name: string) => params.get(name) || undefined
  if (path === '/') return HOME
  if (path.startsWith(ENTRY_PREFIX) && path.length > ENTRY_PREFIX.length)
    return { page: 'journal-entry', id: decodeURIComponent(path.slice(ENTRY_PREFIX.length)) }
  switch (path) {
    case PATHS.home:
      return HOME
    case PATHS['journal-new']:
      return { page: 'journal-new', draft: get('draft') }
    case PATHS['journal-list']: {
      const status = get('status')
      return {
        page: 'journal-list',
        search: get('q'),
        from: get('from'),
        to: get('to'),
        status: status === 'draft' || status === 'posted' ? status : undefined,
      }
    }
    case PATHS.accounts:
      return { page: 'accounts' }
    case PATHS['trial-balance']:
      return { page: 'trial-balance', asOf: get('asOf') }
    case PATHS['general-ledger']:
      return { page: 'general-ledger', account: get('account'), from: get('from'), to: get('to') }
    case PATHS['profit-and-loss']:
      return { page: 'profit-and-loss', from: get('from'), to: get('to') }
    case PATHS['balance-sheet']:
      return { page: 'balance-sheet', asOf: get('asOf') }
    case PATHS['new-company']:
      return { page: 'new-company' }
    case PATHS.settings:
      return { page: 'settings' }
    case PATHS.import: {
      const kind = get('kind')
      return {
        page: 'import',
        kind: IMPORT_KIND_NAMES.find((name) => name === kind),
      }
    }
    default:
      return (
        parseSalesRoute(path, params) ??
        parsePurchaseRoute(path, params) ??
        parsePayrollRoute(path, params) ??
        parseStockRoute(path, params) ??
        parseInventoryRoute(path, params) ?? { page: 'not-found', path }
      )
  }
}

/** The `#/...` address of a route; empty parameters are left out. */
export function routeHref(route: Route): string {
  if (isSalesRoute(route)) return salesRouteHref(route, withQuery)
  if (isPurchaseRoute(route)) return purchaseRouteHref(route, withQuery)
  if (isPayrollRoute(route)) return payrollRouteHref(route, withQuery)
  if (isStockRoute(route)) return stockRouteHref(route, withQuery)
  if (isInventoryRoute(route)) return inventoryRouteHref(route, withQuery)
  switch (route.page) {
    case 'home':
      return '#/'
    case 'journal-entry':
      return `#${ENTRY_PREFIX}${encodeURIComponent(route.id)}`
    case 'journal-new':
      return withQuery(PATHS[route.page], { draft: route.draft })
    case 'journal-list':
      return withQuery(PATHS[route.page], {
        q: route.search,
        from: route.from,
        to: route.to,
        status: route.status,
      })
    case 'trial-balance':
    case 'balance-sheet':
      return withQuery(PATHS[route.page], { asOf: route.asOf })
    case 'general-ledger':
      return withQuery(PATHS[route.page], {
        account: route.account,
        from: route.from,
        to: route.to,
      })
    case 'profit-and-loss':
      return withQuery(PATHS[route.page], { from: route.from, to: route.to })
    case 'import':
      return withQuery(PATHS[route.page], { kind: route.kind })
    case 'accounts':
    case 'new-company':
    case 'settings':
      return `#${PATHS[route.page]}`
    case 'not-found':
      return `#${route.path}`
  }
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value)
  const text = query.toString()
  return `#${path}${text ? `?${text}` : ''}`
}
