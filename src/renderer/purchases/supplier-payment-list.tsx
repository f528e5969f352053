import { useState } from 'react'
import type { SupplierPaymentRow } from '../../shared/domain/purchasing'
import { Notice } from '../components/notice'
import { DrillLink } from '../components/report-table'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { DocumentAmount } from '../sales/currency/currency-amount'
import { ListSearch, VirtualRows } from '../sales/virtual-rows'
import { useInvoke, useSession } from '../state/services'

/**
 * Payments made to suppliers (one supplier's when named), newest first, with the bills paid, in a
 * virtualised list; Enter opens a payment's journal entry.
 */
export function SupplierPaymentList(props: { contactId?: string }) {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const query = useQuery(`${companyPath}|${props.contactId ?? ''}`, () =>
    invoke('supplierPayments.list', { contactId: props.contactId }),
  )
  const [search, setSearch] = useState('')
  const q = search.trim().toLocaleLowerCase()
  const payments = (query.data ?? []).filter(
    (payment) =>
      !q ||
      [
        payment.number,
        payment.contactName,
        payment.reference,
        ...payment.allocations.map((allocation) => allocation.number),
      ].some((text) => text.toLocaleLowerCase().includes(q)),
  )
  const open = (payment: SupplierPaymentRow) =>
    navigate({ page: 'journal-entry', id: payment.journalEntryId })

  return (
    <div className="page list-page">
      <div className="toolbar filters">
        <ListSearch
          value={search}
          label={t('supplierPayments.search')}
          onChange={setSearch}
          onEnter={() => payments[0] && open(payments[0])}
        />
        <a
          className="button-link primary-link"
          href={routeHref({ page: 'supplier-payment-new', contact: props.contactId })}
        >
          {t('supplierPayments.new')}
        </a>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <div className="list-summary muted" aria-live="polite">
        {query.data ? tn('supplierPayments.count', payments.length) : t('app.loading')}
      </div>
      <VirtualRows
        rows={payments}
        label={t('nav.supplierPayments')}
        className="supplier-payments-list"
        idPrefix="supplier-payment"
        empty={query.data ? t('supplierPayments.empty') : t('app.loading')}
        rowKey={(payment) => payment.id}
        onOpen={open}
        head={
          <>
            <span role="columnheader">{t('supplierPayments.col.number')}</span>
            <span role="columnheader">{t('supplierPayments.col.date')}</span>
            <span role="columnheader">{t('supplierPayments.col.supplier')}</span>
            <span role="columnheader">{t('supplierPayments.col.reference')}</span>
            <span role="columnheader">{t('supplierPayments.col.bills')}</span>
            <span role="columnheader" className="end">
              {t('supplierPayments.col.amount')}
            </span>
            <span role="columnheader" className="end">
              {t('supplierPayments.col.unallocated')}
            </span>
          </>
        }
        cells={(payment) => (
          <>
            <span role="gridcell" className="mono">
              {payment.number}
            </span>
            <span role="gridcell">{format.date(payment.date)}</span>
            <span role="gridcell" className="ellipsis">
              <DrillLink to={{ page: 'supplier', id: payment.contactId }}>
                {payment.contactName}
              </DrillLink>
            </span>
            <span role="gridcell" className="ellipsis" dir="auto">
              {payment.reference}
            </span>
            <span role="gridcell" className="ellipsis mono">
              {payment.allocations.map((allocation, index) => (
                <span key={allocation.documentId}>
                  {index > 0 ? ', ' : null}
                  <DrillLink to={{ page: 'bill', id: allocation.documentId }}>
                    {allocation.number}
                  </DrillLink>
                </span>
              ))}
            </span>
            <span role="gridcell" className="end">
              <DocumentAmount value={payment.amount} currency={payment.currency} />
            </span>
            <span role="gridcell" className="end">
              <DocumentAmount value={payment.unallocated} currency={payment.currency} blankZero />
            </span>
          </>
        )}
      />
    </div>
  )
}
