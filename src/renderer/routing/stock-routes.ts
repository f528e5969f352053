import type { StockDocumentType } from '../../shared/domain/inventory'

/**
 * The warehouse clerk's screens, kept beside the core table in routes.ts: receive, deliver and
 * transfer by scanning, count sheets, and the stock documents with their detail.
 */
export type StockRoute =
  | { page: 'stock-receive'; source?: string }
  | { page: 'stock-deliver'; source?: string }
  | { page: 'stock-transfer' }
  | { page: 'stock-adjust' }
  | { page: 'stock-count'; id?: string }
  | { page: 'stock-documents'; type?: StockDocumentType }
  | { page: 'stock-doc'; id: string }

export type StockPageName = StockRoute['page']

const PATHS = {
  'stock-receive': '/stock/receive',
  'stock-deliver': '/stock/deliver',
  'stock-transfer': '/stock/transfer',
  'stock-adjust': '/stock/adjust',
  'stock-count': '/stock/count',
  'stock-documents': '/stock/documents',
} as const

const DOCUMENT_PREFIX = '/stock/documents/'

const TYPES: ReadonlySet<string> = new Set<StockDocumentType>([
  'receipt',
  'delivery',
  'transfer',
  'adjustment',
  'count',
  'opening',
])

/** The stock route at `path`, or null when the path is not a stock screen. */
export function parseStockRoute(path: string, params: URLSearchParams): StockRoute | null {
  const get = (name: string) => params.get(name) || undefined
  switch (path) {
    case PATHS['stock-receive']:
      return { page: 'stock-receive', source: get('source') }
    case PATHS['stock-deliver']:
      return { page: 'stock-deliver', source: get('source') }
    case PATHS['stock-transfer']:
      return { page: 'stock-transfer' }
    case PATHS['stock-adjust']:
      return { page: 'stock-adjust' }
    case PATHS['stock-count']:
      return { page: 'stock-count', id: get('id') }
    case PATHS['stock-documents']: {
      const type = get('type')
      return {
        page: 'stock-documents',
        type: type && TYPES.has(type) ? (type as StockDocumentType) : undefined,
      }
    }
  }
  if (path.startsWith(DOCUMENT_PREFIX) && path.length > DOCUMENT_PREFIX.length)
    return { page: 'stock-doc', id: decodeURIComponent(path.slice(DOCUMENT_PREFIX.length)) }
  return null
}

export function stockRouteHref(
  route: StockRoute,
  withQuery: (path: string, params: Record<string, string | undefined>) => string,
): string {
  switch (route.page) {
    case 'stock-doc':
      return `#${DOCUMENT_PREFIX}${encodeURIComponent(route.id)}`
    case 'stock-receive':
    case 'stock-deliver':
      return withQuery(PATHS[route.page], { source: route.source })
    case 'stock-transfer':
    case 'stock-adjust':
      return `#${PATHS[route.page]}`
    case 'stock-count':
      return withQuery(PATHS[route.page], { id: route.id })
    case 'stock-documents':
      return withQuery(PATHS[route.page], { type: route.type })
  }
}

export function isStockRoute(route: { page: string }): route is StockRoute {
  return STOCK_PAGES.has(route.page)
}

const STOCK_PAGES: ReadonlySet<string> = new Set<StockPageName>([
  'stock-receive',
  'stock-deliver',
  'stock-transfer',
  'stock-adjust',
  'stock-count',
  'stock-documents',
  'stock-doc',
])
