import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke, useSession } from '../../state/services'
import { FlowTable, type FlowRow } from '../flow/flow-table'

/** The customer's quotes and sales orders still open, newest first, with a new quote for them. */
export function ContactFlow(props: { contactId: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const filter = { contactId: props.contactId, openOnly: true }
  const key = `${companyPath}|${props.contactId}`
  const quotes = useQuery(key, () => invoke('quotes.list', filter))
  const orders = useQuery(key, () => invoke('salesOrders.list', filter))
  const rows: FlowRow[] = [
    ...(quotes.data ?? []).map((doc) => ({
      doc,
      kind: t('nav.quote'),
      route: { page: 'quote', id: doc.id } as const,
    })),
    ...(orders.data ?? []).map((doc) => ({
      doc,
      kind: t('nav.salesOrder'),
      route: { page: 'sales-order', id: doc.id } as const,
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
      <FlowTable
        label={t('contact.openQuotesOrders')}
        rows={rows}
        loaded={quotes.data !== undefined && orders.data !== undefined}
        empty="contact.noOpenQuotesOrders"
        unnumbered="salesFlow.status.draft"
        kindColumn
      />
    </section>
  )
}
