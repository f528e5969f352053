import {
  documentListQueryParams,
  parseDocumentListParams,
  type DocumentListParams,
} from './document-list-params'

/**
 * The sales screens' addresses, kept beside the core table in routes.ts: customers and their
 * page, products, tax codes, invoices, credit notes, payments and the receivables ageing.
 */
export type SalesRoute =
  | { page: 'customers'; search?: string }
  | { page: 'contact'; id: string }
  | { page: 'contact-new'; name?: string }
  | { page: 'products' }
  | { page: 'tax-codes' }
  | ({ page: 'invoices' } & DocumentListParams)
  | ({ page: 'credit-notes' } & DocumentListParams)
  | { page: 'invoice-new'; draft?: string; contact?: string }
  | { page: 'invoice'; id: string }
  | { page: 'credit-note-new'; invoice: string }
  | { page: 'payment-new'; contact?: string }
  | { page: 'receivables-ageing'; asOf?: string }
  | { page: 'cash-sale' }
  | { page: 'quotes'; contact?: string }
  | { page: 'quote-new'; draft?: string; contact?: string }
  | { page: 'quote'; id: string }
  | { page: 'sales-orders'; contact?: string }
  | { page: 'sales-order'; id: string }
  | { page: 'sales-order-new'; draft?: string; contact?: string }
  | { page: 'price-lists' }
  | { page: 'price-list'; id: string }

export type SalesPageName = SalesRoute['page']

const PATHS = {
  customers: '/sales/customers',
  'contact-new': '/sales/contacts/new',
  products: '/sales/products',
  'tax-codes': '/sales/tax-codes',
  invoices: '/sales/invoices',
  'invoice-new': '/sales/invoices/new',
  'credit-note-new': '/sales/credit-notes/new',
  'credit-notes': '/sales/credit-notes',
  'payment-new': '/sales/payments/new',
  'receivables-ageing': '/reports/receivables-ageing',
  'cash-sale': '/sales/cash-sale',
  quotes: '/sales/quotes',
  'quote-new': '/sales/quotes/new',
  'sales-orders': '/sales/orders',
  'sales-order-new': '/sales/orders/new',
  'price-lists': '/sales/price-lists',
} as const

const CONTACT_PREFIX = '/sales/contacts/'
const INVOICE_PREFIX = '/sales/invoices/'
const QUOTE_PREFIX = '/sales/quotes/'
const ORDER_PREFIX = '/sales/orders/'
const PRICE_LIST_PREFIX = '/sales/price-lists/'

/** The sales route at `path`, or null when the path is not a sales screen. */
export function parseSalesRoute(path: string, params: URLSearchParams): SalesRoute | null {
  const get = (name: string) => params.get(name) || undefined
  switch (path) {
    case PATHS.customers:
      return { page: 'customers', search: get('q') }
    case PATHS['contact-new']:
      return { page: 'contact-new', name: get('name') }
    case PATHS.products:
      return { page: 'products' }
    case PATHS['tax-codes']:
      return { page: 'tax-codes' }
    case PATHS.invoices:
      return { page: 'invoices', ...parseDocumentListParams(params) }
    case PATHS['credit-notes']:
      return { page: 'credit-notes', ...parseDocumentListParams(params) }
    case PATHS['invoice-new']:
      return { page: 'invoice-new', draft: get('draft'), contact: get('contact') }
    case PATHS['credit-note-new']: {
      const invoice = get('invoice')
      return invoice ? { page: 'credit-note-new', invoice } : null
    }
    case PATHS['payment-new']:
      return { page: 'payment-new', contact: get('contact') }
    case PATHS['receivables-ageing']:
      return { page: 'receivables-ageing', asOf: get('asOf') }
    case PATHS['cash-sale']:
      return { page: 'cash-sale' }
    case PATHS.quotes:
      return { page: 'quotes', contact: get('contact') }
    case PATHS['quote-new']:
      return { page: 'quote-new', draft: get('draft'), contact: get('contact') }
    case PATHS['sales-orders']:
      return { page: 'sales-orders', contact: get('contact') }
    case PATHS['sales-order-new']:
      return { page: 'sales-order-new', draft: get('draft'), contact: get('contact') }
    case PATHS['price-lists']:
      return { page: 'price-lists' }
  }
  const rest = (prefix: string) =>
    path.startsWith(prefix) && path.length > prefix.length
      ? decodeURIComponent(path.slice(prefix.length))
      : null
  const contact = rest(CONTACT_PREFIX)
  if (contact) return { page: 'contact', id: contact }
  const invoice = rest(INVOICE_PREFIX)
  if (invoice) return { page: 'invoice', id: invoice }
  const quote = rest(QUOTE_PREFIX)
  if (quote) return { page: 'quote', id: quote }
  const order = rest(ORDER_PREFIX)
  if (order) return { page: 'sales-order', id: order }
  const priceList = rest(PRICE_LIST_PREFIX)
  if (priceList) return { page: 'price-list', id: priceList }
  return null
}

export function salesRouteHref(
  route: SalesRoute,
  withQuery: (path: string, params: Record<string, string | undefined>) => string,
): string {
  switch (route.page) {
    case 'contact':
      return `#${CONTACT_PREFIX}${encodeURIComponent(route.id)}`
    case 'invoice':
      return `#${INVOICE_PREFIX}${encodeURIComponent(route.id)}`
    case 'quote':
      return `#${QUOTE_PREFIX}${encodeURIComponent(route.id)}`
    case 'sales-order':
      return `#${ORDER_PREFIX}${encodeURIComponent(route.id)}`
    case 'price-list':
      return `#${PRICE_LIST_PREFIX}${encodeURIComponent(route.id)}`
    case 'quotes':
    case 'sales-orders':
      return withQuery(PATHS[route.page], { contact: route.contact })
    case 'quote-new':
    case 'sales-order-new':
      return withQuery(PATHS[route.page], { draft: route.draft, contact: route.contact })
    case 'customers':
      return withQuery(PATHS[route.page], { q: route.search })
    case 'invoices':
    case 'credit-notes':
      return withQuery(PATHS[route.page], documentListQueryParams(route))
    case 'contact-new':
      return withQuery(PATHS[route.page], { name: route.name })
    case 'invoice-new':
      return withQuery(PATHS[route.page], { draft: route.draft, contact: route.contact })
    case 'credit-note-new':
      return withQuery(PATHS[route.page], { invoice: route.invoice })
    case 'payment-new':
      return withQuery(PATHS[route.page], { contact: route.contact })
    case 'receivables-ageing':
      return withQuery(PATHS[route.page], { asOf: route.asOf })
    case 'products':
    case 'tax-codes':
    case 'cash-sale':
    case 'price-lists':
      return `#${PATHS[route.page]}`
  }
}

export function isSalesRoute(route: { page: string }): route is SalesRoute {
  return SALES_PAGES.has(route.page)
}

const SALES_PAGES: ReadonlySet<string> = new Set<SalesPageName>([
  'customers',
  'contact',
  'contact-new',
  'products',
  'tax-codes',
  'invoices',
  'invoice-new',
  'invoice',
  'credit-note-new',
  'credit-notes',
  'payment-new',
  'receivables-ageing',
  'cash-sale',
  'quotes',
  'quote-new',
  'quote',
  'sales-orders',
  'sales-order',
  'sales-order-new',
  'price-lists',
  'price-list',
])
