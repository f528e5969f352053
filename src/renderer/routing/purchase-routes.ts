import {
  documentListQueryParams,
  parseDocumentListParams,
  type DocumentListParams,
} from './document-list-params'

/**
 * The purchasing screens' addresses, kept beside the core table in routes.ts: suppliers and
 * their page, bills, debit notes, supplier payments and the payables reports.
 */
export type PurchaseRoute =
  | { page: 'suppliers'; search?: string }
  | { page: 'supplier'; id: string }
  | { page: 'supplier-new'; name?: string }
  | ({ page: 'bills' } & DocumentListParams)
  | { page: 'bill-new'; draft?: string; contact?: string }
  | { page: 'bill'; id: string }
  | { page: 'debit-note-new'; bill: string }
  | { page: 'supplier-payment-new'; contact?: string }
  | { page: 'payables-ageing'; asOf?: string }
  | { page: 'purchases-by-supplier'; from?: string; to?: string }
  | { page: 'purchase-orders'; contact?: string }
  | { page: 'purchase-order'; id: string }
  | { page: 'purchase-order-new'; draft?: string; contact?: string }
  | { page: 'supplier-payments'; contact?: string }
  | ({ page: 'debit-notes' } & DocumentListParams)

export type PurchasePageName = PurchaseRoute['page']

const PATHS = {
  suppliers: '/purchases/suppliers',
  'supplier-new': '/purchases/suppliers/new',
  bills: '/purchases/bills',
  'bill-new': '/purchases/bills/new',
  'debit-note-new': '/purchases/debit-notes/new',
  'supplier-payment-new': '/purchases/payments/new',
  'payables-ageing': '/reports/payables-ageing',
  'purchases-by-supplier': '/reports/purchases-by-supplier',
  'purchase-orders': '/purchases/orders',
  'purchase-order-new': '/purchases/orders/new',
  'supplier-payments': '/purchases/payments',
  'debit-notes': '/purchases/debit-notes',
} as const

const SUPPLIER_PREFIX = '/purchases/suppliers/'
const BILL_PREFIX = '/purchases/bills/'
const ORDER_PREFIX = '/purchases/orders/'

/** The purchasing route at `path`, or null when the path is not a purchasing screen. */
export function parsePurchaseRoute(path: string, params: URLSearchParams): PurchaseRoute | null {
  const get = (name: string) => params.get(name) || undefined
  switch (path) {
    case PATHS.suppliers:
      return { page: 'suppliers', search: get('q') }
    case PATHS['supplier-new']:
      return { page: 'supplier-new', name: get('name') }
    case PATHS.bills:
      return { page: 'bills', ...parseDocumentListParams(params) }
    case PATHS['bill-new']:
      return { page: 'bill-new', draft: get('draft'), contact: get('contact') }
    case PATHS['debit-note-new']: {
      const bill = get('bill')
      return bill ? { page: 'debit-note-new', bill } : null
    }
    case PATHS['supplier-payment-new']:
      return { page: 'supplier-payment-new', contact: get('contact') }
    case PATHS['payables-ageing']:
      return { page: 'payables-ageing', asOf: get('asOf') }
    case PATHS['purchases-by-supplier']:
      return { page: 'purchases-by-supplier', from: get('from'), to: get('to') }
    case PATHS['purchase-orders']:
      return { page: 'purchase-orders', contact: get('contact') }
    case PATHS['purchase-order-new']:
      return { page: 'purchase-order-new', draft: get('draft'), contact: get('contact') }
    case PATHS['supplier-payments']:
      return { page: 'supplier-payments', contact: get('contact') }
    case PATHS['debit-notes']:
      return { page: 'debit-notes', ...parseDocumentListParams(params) }
  }
  const rest = (prefix: string) =>
    path.startsWith(prefix) && path.length > prefix.length
      ? decodeURIComponent(path.slice(prefix.length))
      : null
  const supplier = rest(SUPPLIER_PREFIX)
  if (supplier) return { page: 'supplier', id: supplier }
  const bill = rest(BILL_PREFIX)
  if (bill) return { page: 'bill', id: bill }
  const order = rest(ORDER_PREFIX)
  if (order) return { page: 'purchase-order', id: order }
  return null
}

export function purchaseRouteHref(
  route: PurchaseRoute,
  withQuery: (path: string, params: Record<string, string | undefined>) => string,
): string {
  switch (route.page) {
    case 'supplier':
      return `#${SUPPLIER_PREFIX}${encodeURIComponent(route.id)}`
    case 'bill':
      return `#${BILL_PREFIX}${encodeURIComponent(route.id)}`
    case 'purchase-order':
      return `#${ORDER_PREFIX}${encodeURIComponent(route.id)}`
    case 'purchase-orders':
    case 'supplier-payments':
      return withQuery(PATHS[route.page], { contact: route.contact })
    case 'purchase-order-new':
      return withQuery(PATHS[route.page], { draft: route.draft, contact: route.contact })
    case 'debit-notes':
    case 'bills':
      return withQuery(PATHS[route.page], documentListQueryParams(route))
    case 'suppliers':
      return withQuery(PATHS[route.page], { q: route.search })
    case 'supplier-new':
      return withQuery(PATHS[route.page], { name: route.name })
    case 'bill-new':
      return withQuery(PATHS[route.page], { draft: route.draft, contact: route.contact })
    case 'debit-note-new':
      return withQuery(PATHS[route.page], { bill: route.bill })
    case 'supplier-payment-new':
      return withQuery(PATHS[route.page], { contact: route.contact })
    case 'payables-ageing':
      return withQuery(PATHS[route.page], { asOf: route.asOf })
    case 'purchases-by-supplier':
      return withQuery(PATHS[route.page], { from: route.from, to: route.to })
  }
}

export function isPurchaseRoute(route: { page: string }): route is PurchaseRoute {
  return PURCHASE_PAGES.has(route.page)
}

const PURCHASE_PAGES: ReadonlySet<string> = new Set<PurchasePageName>([
  'suppliers',
  'supplier',
  'supplier-new',
  'bills',
  'bill-new',
  'bill',
  'debit-note-new',
  'supplier-payment-new',
  'payables-ageing',
  'purchases-by-supplier',
  'purchase-orders',
  'purchase-order',
  'purchase-order-new',
  'supplier-payments',
  'debit-notes',
])
