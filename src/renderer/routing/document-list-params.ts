import { DOCUMENT_LIST_STATUSES, type DocumentListStatus } from '../../shared/domain/document-list'

/**
 * What an invoice, bill or debit note list is narrowed to, kept in its address so a link or the
 * Back button brings the same list back: `?q=&status=&from=&to=&contact=&dueBy=&asOf=`.
 */
export interface DocumentListParams {
  search?: string
  status?: DocumentListStatus
  from?: string
  to?: string
  /** A customer's or supplier's id. */
  contact?: string
  dueBy?: string
  asOf?: string
}

export function parseDocumentListParams(params: URLSearchParams): DocumentListParams {
  const get = (name: string) => params.get(name) || undefined
  const status = get('status')
  return {
    search: get('q'),
    status: DOCUMENT_LIST_STATUSES.find((name) => name === status),
    from: get('from'),
    to: get('to'),
    contact: get('contact'),
    dueBy: get('dueBy'),
    asOf: get('asOf'),
  }
}

export function documentListQueryParams(
  route: DocumentListParams,
): Record<string, string | undefined> {
  return {
    q: route.search,
    status: route.status,
    from: route.from,
    to: route.to,
    contact: route.contact,
    dueBy: route.dueBy,
    asOf: route.asOf,
  }
}
