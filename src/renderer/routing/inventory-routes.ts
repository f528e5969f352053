import {
  INVENTORY_REPORT_NAMES,
  type InventoryReportName,
} from '../../shared/domain/inventory-reports'

/**
 * The inventory screens' addresses, beside the core table in routes.ts: stocked items and one
 * item's page, categories, warehouses (with their bins and the stock settings), and the
 * inventory reports with their filters (ids of an item and a warehouse).
 */
export type InventoryRoute =
  | { page: 'items'; category?: string }
  | { page: 'item'; id: string }
  | { page: 'item-categories' }
  | { page: 'warehouses' }
  | { page: 'warehouse'; id: string }
  | ({ page: 'inventory-report'; name: InventoryReportName } & InventoryReportQuery)

export interface InventoryReportQuery {
  asOf?: string
  from?: string
  to?: string
  item?: string
  warehouse?: string
  days?: string
}

export type InventoryPageName = InventoryRoute['page']

const ITEMS = '/inventory/items'
const CATEGORIES = '/inventory/categories'
const WAREHOUSES = '/inventory/warehouses'
const REPORTS = '/reports/inventory/'
const QUERY_KEYS = ['asOf', 'from', 'to', 'item', 'warehouse', 'days'] as const

/** The inventory route at `path`, or null when the path is not an inventory screen. */
export function parseInventoryRoute(path: string, params: URLSearchParams): InventoryRoute | null {
  const get = (name: string) => params.get(name) || undefined
  if (path === ITEMS) return { page: 'items', category: get('category') }
  if (path === CATEGORIES) return { page: 'item-categories' }
  if (path === WAREHOUSES) return { page: 'warehouses' }
  const rest = (prefix: string) =>
    path.startsWith(prefix) && path.length > prefix.length
      ? path.slice(prefix.length).split('/').map(decodeURIComponent)
      : null
  const item = rest(`${ITEMS}/`)
  if (item?.length === 1) return { page: 'item', id: item[0]! }
  const warehouse = rest(`${WAREHOUSES}/`)
  if (warehouse?.length === 1) return { page: 'warehouse', id: warehouse[0]! }
  const report = rest(REPORTS)
  const name = INVENTORY_REPORT_NAMES.find((candidate) => candidate === report?.[0])
  if (name && report?.length === 1) {
    const query: InventoryReportQuery = {}
    for (const key of QUERY_KEYS) query[key] = get(key)
    return { page: 'inventory-report', name, ...query }
  }
  return null
}

export function inventoryRouteHref(
  route: InventoryRoute,
  withQuery: (path: string, params: Record<string, string | undefined>) => string,
): string {
  const part = encodeURIComponent
  switch (route.page) {
    case 'items':
      return withQuery(ITEMS, { category: route.category })
    case 'item':
      return `#${ITEMS}/${part(route.id)}`
    case 'item-categories':
      return `#${CATEGORIES}`
    case 'warehouses':
      return `#${WAREHOUSES}`
    case 'warehouse':
      return `#${WAREHOUSES}/${part(route.id)}`
    case 'inventory-report': {
      const query: Record<string, string | undefined> = {}
      for (const key of QUERY_KEYS) query[key] = route[key]
      return withQuery(`${REPORTS}${route.name}`, query)
    }
  }
}

const INVENTORY_PAGES: ReadonlySet<string> = new Set<InventoryPageName>([
  'items',
  'item',
  'item-categories',
  'warehouses',
  'warehouse',
  'inventory-report',
])

export function isInventoryRoute(route: { page: string }): route is InventoryRoute {
  return INVENTORY_PAGES.has(route.page)
}
