import type { DocumentListParams } from '../../routing/document-list-params'
import { PostedDocumentList, type PostedDocumentListKind } from './posted-document-list'

const INVOICES: PostedDocumentListKind = {
  list: 'invoices.find',
  contacts: 'customer',
  pages: { list: 'invoices', one: 'invoice', new: 'invoice-new' },
  words: {
    search: 'invoices.search',
    new: 'invoices.new',
    count: 'invoices.count',
    label: 'nav.invoices',
    empty: 'invoices.empty',
    contact: 'invoices.col.customer',
  },
  className: 'invoices-list',
  idPrefix: 'invoice-row',
  showReference: false,
}

/** Every invoice, newest first, with what is still owed and how it stands; Enter opens one. */
export function InvoiceList(props: { params: DocumentListParams }) {
  return <PostedDocumentList kind={INVOICES} params={props.params} />
}
