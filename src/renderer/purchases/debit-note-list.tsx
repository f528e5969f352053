import type { DocumentListParams } from '../routing/document-list-params'
import {
  PostedDocumentList,
  type PostedDocumentListKind,
} from '../sales/invoices/posted-document-list'

const DEBIT_NOTES: PostedDocumentListKind = {
  list: 'debitNotes.find',
  contacts: 'supplier',
  pages: { list: 'debit-notes', one: 'bill', new: 'bills' },
  words: {
    search: 'debitNotes.search',
    new: 'debitNotes.new',
    count: 'debitNotes.count',
    label: 'nav.debitNotes',
    empty: 'debitNotes.empty',
    contact: 'bills.col.supplier',
  },
  className: 'invoices-list bills-list debit-notes-list',
  idPrefix: 'debit-note-row',
  showReference: false,
}

/** Every debit note, newest first; each opens on the bill page, as it is one of the supplier's. */
export function DebitNoteList(props: { params: DocumentListParams }) {
  return <PostedDocumentList kind={DEBIT_NOTES} params={props.params} />
}
