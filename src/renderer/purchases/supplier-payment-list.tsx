import { Amount } from '../components/amount'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useInvoke, useSession } from '../state/services'

/** Payments made to suppliers (one supplier's when named), newest first, with the bills paid. */
export function SupplierPaymentList(props: { contactId?: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const query = useQuery(`${companyPath}|${props.contactId ?? ''}`, () =>
    invoke('supplierPayments.list', { contactId: props.contactId }),
  )
  const payments = query.data ?? []
  return (
    <div className="page list-page supplier-payments">
      <div className="toolbar filters">
        <a
          className="button-link primary-link"
          href={routeHref({ page: 'supplier-payment-new', contact: props.contactId })}
        >
          {t('supplierPayments.new')}
        </a>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <table className="grid" aria-label={t('nav.supplierPayments')}>
        <thead>
          <tr>
            <th className="col-number">{t('supplierPayments.col.number')}</th>
            <th className="col-date">{t('supplierPayments.col.date')}</th>
            <th>{t('supplierPayments.col.supplier')}</th>
            <th>{t('supplierPayments.col.reference')}</th>
            <th>{t('supplierPayments.col.bills')}</th>
            <th className="end">{t('supplierPayments.col.amount')}</th>
            <th className="end">{t('supplierPayments.col.unallocated')}</th>
          </tr>
        </thead>
        <tbody>
          {query.data && payments.length === 0 ? (
            <tr>
              <td colSpan={7} className="empty">
                {t('supplierPayments.empty')}
              </td>
            </tr>
          ) : null}
          {payments.map((payment) => (
            <tr key={payment.id} data-number={payment.number}>
              <td className="mono">{payment.number}</td>
              <td>{format.date(payment.date)}</td>
              <td>
                <a href={routeHref({ page: 'supplier', id: payment.contactId })}>
                  {payment.contactName}
                </a>
              </td>
              <td dir="auto">{payment.reference}</td>
              <td className="mono">
                {payment.allocations.map((allocation, index) => (
                  <span key={allocation.documentId}>
                    {index > 0 ? ', ' : null}
                    <a href={routeHref({ page: 'bill', id: allocation.documentId })}>
                      {allocation.number}
                    </a>
                  </span>
                ))}
              </td>
              <td className="end">
                <Amount value={payment.amount} />
              </td>
              <td className="end">
                <Amount value={payment.unallocated} blankZero />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
