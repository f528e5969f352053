import type { ReactNode } from 'react'
import { today } from '../../../shared/dates'
import type { DocumentType, SalesDocument } from '../../../shared/domain/sales'
import type { Invoke } from '../../api/client'
import { ActionError, useEngineAction } from '../../components/action-button'
import { RecordPage } from '../../components/record-page'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { routeHref, type Route } from '../../routing/routes'
import { useInvoke } from '../../state/services'
import { CurrencyScope } from '../currency/currency-amount'
import { DocumentCurrencyFacts } from '../currency/document-currency-facts'
import { EntryFacts } from '../document-detail/entry-facts'
import { PostedDocumentActions } from './posted-document-actions'
import { paymentStatus } from './payment-status'

/** What differs between an invoice's page and a bill's: where it reads and writes, links, speaks. */
export interface PostedDocumentKind {
  /** The document that is paid, credited and cancelled here; its notes (credit, debit) are not. */
  main: 'invoice' | 'bill'
  /** The drafts this page edits, posts and deletes. */
  drafts: readonly DocumentType[]
  calls: {
    get: 'invoices.get' | 'bills.get'
    post: 'invoices.post' | 'bills.post'
    deleteDraft: 'invoices.deleteDraft' | 'bills.deleteDraft'
    cancel: 'invoices.cancel' | 'bills.cancel'
    applyCredit: (invoke: Invoke, id: string) => Promise<unknown>
  }
  pages: {
    list: 'invoices' | 'bills'
    contact: 'contact' | 'supplier'
    edit: 'invoice-new' | 'bill-new'
    pay: 'payment-new' | 'supplier-payment-new'
    note: (id: string) => Route
  }
  words: {
    contact: MessageKey
    reference: MessageKey
    edit: MessageKey
    post: MessageKey
    delete: MessageKey
    pay: MessageKey
    useCredit: MessageKey
    note: MessageKey
    cancel: MessageKey
    cancelConfirm: MessageKey
  }
  className: string
  /** Bills show the supplier's own invoice number right under the supplier. */
  referenceFirst: boolean
  stock: 'delivery' | 'receipt'
  /** The document's lines table. */
  lines: (doc: SalesDocument) => ReactNode
  /** What it was made from (a <dl>'s terms), if anything. */
  source: (doc: SalesDocument) => ReactNode
  /** Buttons before the others, such as printing. */
  extraActions?: (doc: SalesDocument) => ReactNode
}

/** One invoice or bill (or its credit or debit note): facts, lines, what is owed, and actions. */
export function PostedDocumentDetail(props: { kind: PostedDocumentKind; id: string }) {
  const invoke = useInvoke()
  const query = useQuery(props.id, () => invoke(props.kind.calls.get, { id: props.id }))
  const action = useEngineAction()
  return (
    <RecordPage query={query} id={props.id}>
      {(doc) => (
        <CurrencyScope currency={doc.currency}>
          <div className={`page entry-detail ${props.kind.className}`}>
            <div className="card">
              <DocumentHead doc={doc} />
              <DocumentFacts kind={props.kind} doc={doc} />
              {props.kind.lines(doc)}
              <ActionError action={action} />
              <PostedDocumentActions
                kind={props.kind}
                doc={doc}
                action={action}
                reload={query.reload}
              />
            </div>
          </div>
        </CurrencyScope>
      )}
    </RecordPage>
  )
}

function DocumentHead(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  const status = paymentStatus(props.doc, today())
  return (
    <div className="detail-head">
      <h2 className="mono">{props.doc.number ?? t('invoiceDetail.unnumbered')}</h2>
      <span className={`badge pay-${status}`}>{t(`payStatus.${status}`)}</span>
    </div>
  )
}

function DocumentFacts(props: { kind: PostedDocumentKind; doc: SalesDocument }) {
  const { t, format } = useI18n()
  const { kind, doc } = props
  const reference = (className?: string) => (
    <>
      <dt>{t(kind.words.reference)}</dt>
      <dd className={className}>{doc.reference || '—'}</dd>
    </>
  )
  return (
    <dl className="detail-facts">
      <dt>{t(kind.words.contact)}</dt>
      <dd>
        <a href={routeHref({ page: kind.pages.contact, id: doc.contactId })}>{doc.contactName}</a>
      </dd>
      {kind.referenceFirst ? reference('mono') : null}
      <dt>{t('invoice.field.date')}</dt>
      <dd>{format.date(doc.date)}</dd>
      <dt>{t('invoice.field.dueDate')}</dt>
      <dd>{format.date(doc.dueDate)}</dd>
      {kind.referenceFirst ? null : reference()}
      <DocumentCurrencyFacts doc={doc} />
      <EntryFacts doc={doc} source={kind.source(doc)} />
    </dl>
  )
}
