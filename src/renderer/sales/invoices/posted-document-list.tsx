import { useState } from 'react'
import { today } from '../../../shared/dates'
import type { SalesDocument } from '../../../shared/domain/sales'
import { DocumentAmount } from '../currency/currency-amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey, PluralBase } from '../../i18n/translate'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke, useSession } from '../../state/services'
import { ListSearch, VirtualRows } from '../virtual-rows'
import { paymentStatus } from './payment-status'

/** What differs between the invoice, bill and debit note lists: where they read, lead and speak. */
export interface PostedDocumentListKind {
  list: 'invoices.list' | 'bills.list' | 'debitNotes.list'
  pages: {
    list: 'invoices' | 'bills' | 'debit-notes'
    one: 'invoice' | 'bill'
    /** Where a new one starts: a debit note starts from its bill, so from the bill list. */
    new: 'invoice-new' | 'bill-new' | 'bills'
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

/** Every document of a kind, newest first, with what is still owed and how it stands; Enter opens one. */
export function PostedDocumentList(props: { kind: PostedDocumentListKind; search?: string }) {
  const { kind } = props
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const query = useQuery(companyPath, () => invoke(kind.list, {}))
  const [search, setSearch] = useState(props.search ?? '')
  const asOf = today()
  const q = search.trim().toLocaleLowerCase()
  const documents: SalesDocument[] = [...(query.data ?? [])]
    .reverse()
    .filter(
      (doc) =>
        !q ||
        [doc.number ?? '', doc.contactName, doc.reference].some((text) =>
          text.toLocaleLowerCase().includes(q),
        ),
    )
  const open = (doc: SalesDocument) => navigate({ page: kind.pages.one, id: doc.id })

  return (
    <div className="page list-page">
      <div className="toolbar filters">
        <ListSearch
          value={search}
          label={t(kind.words.search)}
          onChange={(value) => {
            setSearch(value)
            navigate({ page: kind.pages.list, search: value }, { replace: true })
          }}
          onEnter={() => documents[0] && open(documents[0])}
        />
        <a className="button-link primary-link" href={routeHref({ page: kind.pages.new })}>
          {t(kind.words.new)}
        </a>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <div className="list-summary muted" aria-live="polite">
        {query.data ? tn(kind.words.count, documents.length) : t('app.loading')}
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
