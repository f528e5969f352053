import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useInvoke } from '../state/services'
import { stockLinkRoute } from './stock-links'

/**
 * "Receive stock" on a posted bill or purchase order, "Deliver stock" on a posted sales order or
 * invoice: shown only while the engine says some stocked line still has something left to move.
 */
export function StockLinkButton(props: {
  kind: 'receipt' | 'delivery'
  documentId: string
  posted: boolean
}) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const { kind, documentId } = props
  const query = useQuery(props.posted ? `stock-left|${kind}|${documentId}` : null, () =>
    invoke('stockDocuments.sourceLines', { sourceDocumentId: documentId, type: kind }),
  )
  const route = props.posted ? stockLinkRoute(kind, documentId, query.data) : null
  if (!route) return null
  return (
    <a className="button-link" data-testid="stock-link" href={routeHref(route)}>
      {t(kind === 'receipt' ? 'stock.link.receive' : 'stock.link.deliver')}
    </a>
  )
}
