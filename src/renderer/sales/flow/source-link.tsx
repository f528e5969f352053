import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref, type Route } from '../../routing/routes'
import { useInvoke } from '../../state/services'

/**
 * The order or quote an invoice was made from. The invoice keeps only the source's id, so ask
 * for an order first (the usual case) and then a quote.
 */
export function SourceLink(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(props.id, async (): Promise<{ route: Route; number: string }> => {
    try {
      const order = await invoke('salesOrders.get', { id: props.id })
      return { route: { page: 'sales-order', id: order.id }, number: order.number ?? '' }
    } catch {
      const quote = await invoke('quotes.get', { id: props.id })
      return { route: { page: 'quote', id: quote.id }, number: quote.number ?? '' }
    }
  })
  if (!query.data) return <>{query.error ? '—' : t('app.loading')}</>
  return (
    <a className="mono" href={routeHref(query.data.route)}>
      {query.data.number || t(query.data.route.page === 'quote' ? 'nav.quote' : 'nav.salesOrder')}
    </a>
  )
}
