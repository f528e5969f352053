import type { DocumentListParams } from '../../routing/document-list-params'
import { PostedDocumentList, type PostedDocumentListKind } from './posted-document-list'

const CREDIT_NOTES: PostedDocumentListKind = {
  list: 'creditNotes.find',
  contacts: 'customer',
  pages: { list: 'credit-notes', one: 'invoice', new: 'invoices' },
  words: {
    search: 'creditNotes.search',
    new: 'creditNotes.new',
    count: 'creditNotes.count',
    label: 'nav.creditNotes',
    empty: 'creditNotes.empty',
    contact: 'invoices.col.customer',
  },
  className: 'invoices-list credit-notes-list',
  idPrefix: 'credit-note-row',
  showReference: false,
}

/** Every credit note, newest first; each opens on the invoice page, a credit note starts there. */
export function CreditNoteList(props: { params: DocumentListParams }) {
  return <PostedDocumentList kind={CREDIT_NOTES} params={props.params} />
}
