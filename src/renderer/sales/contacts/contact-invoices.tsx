import type { SalesDocument } from '../../../shared/domain/sales'
import { DocumentAmount } from '../currency/currency-amount'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref, type Route } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { paymentStatus } from '../invoices/payment-status'

/**
 * The customer's invoices (or a supplier's bills), newest first, each with what is still owed
 * and how it stands.
 */
export function ContactInvoices(props: {
  invoices: readonly SalesDocument[]
  asOf: string
  title: string
  empty: string
  /** Where a row opens: an invoice's page, or a bill's. */
  route: (id: string) => Route
}) {
  const { t, format } = useI18n()
  const navigate = useNavigate()
  const rows = [...props.invoices].reverse()
  const routeOf = props.route
  return (
    <section className="card contact-invoices">
      <h2>{props.title}</h2>
      <table className="grid">
        <thead>
          <tr>
            <th className="col-number">{t('invoices.col.number')}</th>
            <th className="col-date">{t('invoices.col.date')}</th>
            <th className="col-date">{t('invoices.col.due')}</th>
            <th>{t('invoices.col.status')}</th>
            <th className="end">{t('invoices.col.total')}</th>
            <th className="end">{t('invoices.col.outstanding')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6} className="empty">
                {props.empty}
              </td>
            </tr>
          ) : null}
          {rows.map((doc) => {
            const status = paymentStatus(doc, props.asOf)
            return (
              <tr
                key={doc.id}
                className="drill"
                data-invoice={doc.number ?? ''}
                onClick={() => navigate(routeOf(doc.id))}
              >
                <td className="mono">
                  <a href={routeHref(routeOf(doc.id))} onClick={(event) => event.stopPropagation()}>
                    {doc.number ?? t('invoiceDetail.unnumbered')}
                  </a>
                </td>
                <td>{format.date(doc.date)}</td>
                <td>{format.date(doc.dueDate)}</td>
                <td>
                  <span className={`badge pay-${status}`}>{t(`payStatus.${status}`)}</span>
                </td>
                <td className="end">
                  <DocumentAmount value={doc.gross} currency={doc.currency} />
                </td>
                <td className="end">
                  <DocumentAmount
                    value={doc.status === 'posted' ? doc.outstanding : 0n}
                    currency={doc.currency}
                    blankZero
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
