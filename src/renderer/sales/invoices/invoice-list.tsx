import { useState } from 'react'
import { today } from '../../../shared/dates'
import { Amount } from '../../components/amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke, useSession } from '../../state/services'
import { ListSearch, VirtualRows } from '../virtual-rows'
import { paymentStatus } from './payment-status'

/** Every invoice, newest first, with what is still owed and how it stands; Enter opens one. */
export function InvoiceList(props: { search?: string }) {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const query = useQuery(companyPath, () => invoke('invoices.list', {}))
  const [search, setSearch] = useState(props.search ?? '')
  const asOf = today()
  const q = search.trim().toLocaleLowerCase()
  const invoices = [...(query.data ?? [])]
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
          label={t('invoices.search')}
          onChange={(value) => {
            setSearch(value)
            navigate({ page: 'invoices', search: value }, { replace: true })
          }}
          onEnter={() => invoices[0] && navigate({ page: 'invoice', id: invoices[0].id })}
        />
        <a className="button-link primary-link" href={routeHref({ page: 'invoice-new' })}>
          {t('invoices.new')}
        </a>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <div className="list-summary muted" aria-live="polite">
        {query.data ? tn('invoices.count', invoices.length) : t('app.loading')}
      </div>
      <VirtualRows
        rows={invoices}
        label={t('nav.invoices')}
        className="invoices-list"
        idPrefix="invoice-row"
        empty={query.data ? t('invoices.empty') : t('app.loading')}
        rowKey={(doc) => doc.id}
        onOpen={(doc) => navigate({ page: 'invoice', id: doc.id })}
        head={
          <>
            <span role="columnheader">{t('invoices.col.number')}</span>
            <span role="columnheader">{t('invoices.col.date')}</span>
            <span role="columnheader">{t('invoices.col.due')}</span>
            <span role="columnheader">{t('invoices.col.customer')}</span>
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
