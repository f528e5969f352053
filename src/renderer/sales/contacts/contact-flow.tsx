import { DocumentAmount } from '../currency/currency-amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref, type Route } from '../../routing/routes'
import { useInvoke, useSession } from '../../state/services'

/** The customer's quotes and sales orders still open, newest first, with a new quote for them. */
export function ContactFlow(props: { contactId: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const filter = { contactId: props.contactId, openOnly: true }
  const key = `${companyPath}|${props.contactId}`
  const quotes = useQuery(key, () => invoke('quotes.list', filter))
  const orders = useQuery(key, () => invoke('salesOrders.list', filter))
  const rows = [
    ...(quotes.data ?? []).map((doc) => ({
      doc,
      kind: t('nav.quote'),
      route: { page: 'quote', id: doc.id } as Route,
    })),
    ...(orders.data ?? []).map((doc) => ({
      doc,
      kind: t('nav.salesOrder'),
      route: { page: 'sales-order', id: doc.id } as Route,
    })),
  ].sort((a, b) => b.doc.date.localeCompare(a.doc.date))
  const error = quotes.error ?? orders.error

  return (
    <section className="card contact-flow">
      <div className="detail-head">
        <h2>{t('contact.openQuotesOrders')}</h2>
        <a
          className="button-link head-actions"
          href={routeHref({ page: 'quote-new', contact: props.contactId })}
        >
          {t('quote.new')}
        </a>
      </div>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <table className="grid" aria-label={t('contact.openQuotesOrders')}>
        <thead>
          <tr>
            <th>{t('statement.col.kind')}</th>
            <th className="col-number">{t('salesFlow.col.number')}</th>
            <th className="col-date">{t('salesFlow.col.date')}</th>
            <th>{t('salesFlow.col.status')}</th>
            <th className="end">{t('salesFlow.col.total')}</th>
          </tr>
        </thead>
        <tbody>
          {quotes.data && orders.data && rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                {t('contact.noOpenQuotesOrders')}
              </td>
            </tr>
          ) : null}
          {rows.map(({ doc, kind, route }) => (
            <tr key={doc.id} data-number={doc.number ?? ''}>
              <td>{kind}</td>
              <td className="mono">
                <a href={routeHref(route)}>{doc.number ?? t('salesFlow.status.draft')}</a>
              </td>
              <td>{format.date(doc.date)}</td>
              <td>
                <span className={`badge flow-${doc.flowStatus}`}>
                  {t(`salesFlow.status.${doc.flowStatus}`)}
                </span>
              </td>
              <td className="end">
                <DocumentAmount value={doc.gross} currency={doc.currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
