import { useState } from 'react'
import { today } from '../../shared/dates'
import { Amount } from '../components/amount'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke, useSession } from '../state/services'
import { paymentStatus } from '../sales/invoices/payment-status'
import { ListSearch, VirtualRows } from '../sales/virtual-rows'

/** Every supplier bill, newest first, with what we still owe and how it stands; Enter opens one. */
export function BillList(props: { search?: string }) {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const query = useQuery(companyPath, () => invoke('bills.list', {}))
  const [search, setSearch] = useState(props.search ?? '')
  const asOf = today()
  const q = search.trim().toLocaleLowerCase()
  const bills = [...(query.data ?? [])]
    .reverse()
    .filter(
      (doc) =>
        !q ||
        [doc.number ?? '', doc.contactName, doc.reference].some((text) =>
          text.toLocaleLowerCase().includes(q),
        ),
    )

  return (
    <div className="page list-page">
      <div className="toolbar filters">
        <ListSearch
          value={search}
          label={t('bills.search')}
          onChange={(value) => {
            setSearch(value)
            navigate({ page: 'bills', search: value }, { replace: true })
          }}
          onEnter={() => bills[0] && navigate({ page: 'bill', id: bills[0].id })}
        />
        <a className="button-link primary-link" href={routeHref({ page: 'bill-new' })}>
          {t('bills.new')}
        </a>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <div className="list-summary muted" aria-live="polite">
        {query.data ? tn('bills.count', bills.length) : t('app.loading')}
      </div>
      <VirtualRows
        rows={bills}
        label={t('nav.bills')}
        className="invoices-list bills-list"
        idPrefix="bill-row"
        empty={query.data ? t('bills.empty') : t('app.loading')}
        rowKey={(doc) => doc.id}
        onOpen={(doc) => navigate({ page: 'bill', id: doc.id })}
        head={
          <>
            <span role="columnheader">{t('invoices.col.number')}</span>
            <span role="columnheader">{t('invoices.col.date')}</span>
            <span role="columnheader">{t('invoices.col.due')}</span>
            <span role="columnheader">{t('bills.col.supplier')}</span>
            <span role="columnheader">{t('bills.col.reference')}</span>
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
              <span role="gridcell" className="ellipsis mono">
                {doc.reference}
              </span>
              <span role="gridcell">
                <span className={`badge pay-${status}`}>{t(`payStatus.${status}`)}</span>
              </span>
              <span role="gridcell" className="end">
                <Amount value={doc.gross} />
              </span>
              <span role="gridcell" className="end">
                <Amount value={doc.status === 'posted' ? doc.outstanding : 0n} blankZero />
              </span>
            </>
          )
        }}
      />
    </div>
  )
}
