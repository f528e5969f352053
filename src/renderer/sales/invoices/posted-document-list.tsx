import { today } from '../../../shared/dates'
import type { DocumentListQuery, DocumentListRow } from '../../../shared/domain/document-list'
import { DocumentAmount } from '../currency/currency-amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey, PluralBase } from '../../i18n/translate'
import type { DocumentListParams } from '../../routing/document-list-params'
import { useNavigate } from '../../routing/use-route'
import { useInvoke, useSession } from '../../state/services'
import { VirtualRows } from '../virtual-rows'
import { DocumentListFilters, DocumentListSummary, FilterChips } from './invoice-list-filters'
import { paymentStatus } from './payment-status'

/** What differs between the invoice, bill and debit note lists: where they read, lead and speak. */
export interface PostedDocumentListKind {
  list: 'invoices.find' | 'creditNotes.find' | 'bills.find' | 'debitNotes.find'
  /** Whom the documents are with: the contact filter offers these. */
  contacts: 'customer' | 'supplier'
  pages: {
    list: 'invoices' | 'credit-notes' | 'bills' | 'debit-notes'
    one: 'invoice' | 'bill'
    /** Where a new one starts: a debit note starts from its bill, so from the bill list. */
    new: 'invoice-new' | 'invoices' | 'bill-new' | 'bills'
  }
  words: {
    search: MessageKey
    new: MessageKey
    count: PluralBase
    label: MessageKey
    empty: MessageKey
    contact: MessageKey
  }
  className: string
  idPrefix: string
  /** Bills show the supplier's own invoice number beside theirs. */
  showReference: boolean
}

/** Every document of a kind that matches the page's filters, newest first; Enter opens one. */
export function PostedDocumentList(props: {
  kind: PostedDocumentListKind
  params: DocumentListParams
}) {
  const { kind, params } = props
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const filter: DocumentListQuery = {
    contactId: params.contact,
    status: params.status,
    from: params.from,
    to: params.to,
    dueBy: params.dueBy,
    asOf: params.asOf,
    search: params.search,
  }
  const query = useQuery(`${companyPath}|${JSON.stringify(filter)}`, () =>
    invoke(kind.list, filter),
  )
  const asOf = params.asOf ?? today()
  const documents = query.data?.rows ?? []
  const open = (doc: DocumentListRow) => navigate({ page: kind.pages.one, id: doc.id })

  return (
    <div className="page list-page">
      <DocumentListFilters
        kind={kind}
        params={params}
        onEnter={(typed) => {
          // Enter may come before the typed words reach the list: open the first row they match.
          const q = typed.trim().toLocaleLowerCase()
          const first = documents.find((doc) =>
            [doc.number ?? '', doc.contactName, doc.reference].some((text) =>
              text.toLocaleLowerCase().includes(q),
            ),
          )
          if (first) open(first)
        }}
      />
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <div className="list-summary-row">
        <DocumentListSummary kind={kind} page={query.data} />
        <FilterChips kind={kind} params={params} />
      </div>
      <VirtualRows
        rows={documents}
        label={t(kind.words.label)}
        className={kind.className}
        idPrefix={kind.idPrefix}
        empty={query.data ? t(kind.words.empty) : t('app.loading')}
        rowKey={(doc) => doc.id}
        onOpen={open}
        head={
          <>
            <span role="columnheader">{t('invoices.col.number')}</span>
            <span role="columnheader">{t('invoices.col.date')}</span>
            <span role="columnheader">{t('invoices.col.due')}</span>
            <span role="columnheader">{t(kind.words.contact)}</span>
            {kind.showReference ? (
              <span role="columnheader">{t('bills.col.reference')}</span>
            ) : null}
            <span role="columnheader">{t('invoices.col.status')}</span>
            <span role="columnheader" className="end">
              {t('invoices.col.total')}
            </span>
            <span role="columnheader" className="end">
              {t('invoices.col.outstanding')}
            </span>
          </>
        }
        cells={(doc) => {
          const status = paymentStatus(doc, asOf)
          return (
            <>
              <span role="gridcell" className="mono">
                {doc.number ?? '—'}
              </span>
              <span role="gridcell">{format.date(doc.date)}</span>
              <span role="gridcell">{format.date(doc.dueDate)}</span>
              <span role="gridcell" className="ellipsis">
                {doc.contactName}
              </span>
              {kind.showReference ? (
                <span role="gridcell" className="ellipsis mono">
                  {doc.reference}
                </span>
              ) : null}
              <span role="gridcell">
                <span className={`badge pay-${status}`}>{t(`payStatus.${status}`)}</span>
              </span>
              <span role="gridcell" className="end">
                <DocumentAmount value={doc.gross} currency={doc.currency} />
              </span>
              <span role="gridcell" className="end">
                <DocumentAmount
                  value={doc.status === 'posted' ? doc.outstanding : 0n}
                  currency={doc.currency}
                  blankZero
                />
              </span>
            </>
          )
        }}
      />
    </div>
  )
}
