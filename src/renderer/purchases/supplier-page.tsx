import { today } from '../../shared/dates'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useInvoke, useSession } from '../state/services'
import { ContactAgeing } from '../sales/contacts/contact-ageing'
import { ContactDetails } from '../sales/contacts/contact-details'
import { ContactInvoices } from '../sales/contacts/contact-invoices'
import { Stat } from '../sales/contacts/contact-page'
import { invoiceSummary } from '../sales/invoices/payment-status'

/**
 * The supplier at a glance: what we owe them and how late, their bills with payment status,
 * credit we hold with them, and their details.
 */
export function SupplierPage(props: { id: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const asOf = today()
  const key = `${companyPath}|${props.id}|${asOf}`
  const contact = useQuery(key, () => invoke('contacts.get', { id: props.id }))
  const bills = useQuery(key, () => invoke('bills.list', { contactId: props.id }))
  const ageing = useQuery(key, () =>
    invoke('reports.payablesAgeing', { asOf, contactId: props.id }),
  )

  const error = contact.error ?? bills.error ?? ageing.error
  if (error) return <Notice tone="error">{error.message}</Notice>
  const data = contact.data
  if (!data || data.id !== props.id) return <p className="empty">{t('app.loading')}</p>

  const summary = invoiceSummary(bills.data ?? [], asOf)
  const net = ageing.data?.rows[0]?.total ?? 0n
  const credit = summary.due - net > 0n ? summary.due - net : 0n

  return (
    <div className="page contact-page supplier-page">
      <div className="card contact-head">
        <div className="detail-head">
          <h2>{data.name}</h2>
          <span className="badge">{t('nav.supplier')}</span>
          {data.archived ? <span className="badge reversed">{t('sales.archived')}</span> : null}
          <div className="actions head-actions">
            <a
              className="button-link primary-link"
              href={routeHref({ page: 'bill-new', contact: data.id })}
            >
              {t('supplier.newBill')}
            </a>
            <a
              className="button-link"
              href={routeHref({ page: 'supplier-payment-new', contact: data.id })}
            >
              {t('supplier.pay')}
            </a>
            <a
              className="button-link"
              href={routeHref({ page: 'purchase-order-new', contact: data.id })}
            >
              {t('purchaseOrder.new')}
            </a>
            <a
              className="button-link"
              href={routeHref({ page: 'purchase-orders', contact: data.id })}
            >
              {t('nav.purchaseOrders')}
            </a>
            <a
              className="button-link"
              href={routeHref({ page: 'supplier-payments', contact: data.id })}
            >
              {t('nav.supplierPayments')}
            </a>
          </div>
        </div>
        <div className="stat-tiles">
          <Stat label={t('supplier.balanceOwed')} value={summary.due} testId="balance-owed" />
          <Stat
            label={t('supplier.overdue')}
            value={summary.overdue}
            testId="overdue"
            tone={summary.overdue > 0n ? 'danger' : undefined}
          />
          <Stat label={t('supplier.credit')} value={credit} testId="credit" />
          <div className="stat">
            <div className="stat-label">{t('supplier.openBills')}</div>
            <div className="stat-value">{format.number(summary.open)}</div>
          </div>
        </div>
        {ageing.data ? <ContactAgeing ageing={ageing.data} /> : null}
      </div>
      <div className="contact-layout">
        <ContactInvoices
          invoices={bills.data ?? []}
          asOf={asOf}
          title={t('supplier.bills')}
          empty={t('supplier.noBills')}
          route={(id) => ({ page: 'bill', id })}
        />
        <ContactDetails contact={data} />
      </div>
    </div>
  )
}
