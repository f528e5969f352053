import type { DocumentListParams } from '../routing/document-list-params'
import {
  PostedDocumentList,
  type PostedDocumentListKind,
} from '../sales/invoices/posted-document-list'

const BILLS: PostedDocumentListKind = {
  list: 'bills.find',
  contacts: 'supplier',
  pages: { list: 'bills', one: 'bill', new: 'bill-new' },
  words: {
    search: 'bills.search',
    new: 'bills.new',
    count: 'bills.count',
    label: 'nav.bills',
    empty: 'bills.empty',
    contact: 'bills.col.supplier',
  },
  className: 'invoices-list bills-list',
  idPrefix: 'bill-row',
  showReference: true,
}

/** Every supplier bill, newest first, with what we still owe and how it stands; Enter opens one. */
export function BillList(props: { params: DocumentListParams }) {
  return <PostedDocumentList kind={BILLS} params={props.params} />
}
