import { useState } from 'react'
import type { PurchaseOrder } from '../../../shared/domain/purchasing'
import type { Quote, SalesOrder } from '../../../shared/domain/sales-flow'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref, type Route } from '../../routing/routes'
import { useInvoke, useSession } from '../../state/services'
import { DocumentAmount } from '../currency/currency-amount'

/**
 * Quotes, sales orders or purchase orders, newest first; "open only" hides the settled ones.
 * Each row is a link.
 */
export function FlowList(props: {
  kind: 'quotes' | 'sales-orders' | 'purchase-orders'
  contactId?: string
}) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const [openOnly, setOpenOnly] = useState(true)
  const filter = { contactId: props.contactId, openOnly }
  const buying = props.kind === 'purchase-orders'
  const query = useQuery<readonly (Quote | SalesOrder | PurchaseOrder)[]>(
    `${companyPath}|${props.kind}|${props.contactId ?? ''}|${openOnly}`,
    () =>
      props.kind === 'quotes'
        ? invoke('quotes.list', filter)
        : buying
          ? invoke('purchaseOrders.list', filter)
          : invoke('salesOrders.list', filter),
  )
  const rows = [...(query.data ?? [])].reverse()
  const routeOf = (id: string): Route =>
    props.kind === 'quotes'
      ? { page: 'quote', id }
      : buying
        ? { page: 'purchase-order', id }
        : { page: 'sales-order', id }

  return (
    <div className="page list-page flow-list">
      <div className="toolbar filters">
        <label className="inline-label">
          <input
            type="checkbox"
            checked={openOnly}
            onChange={(event) => setOpenOnly(event.target.checked)}
          />
          {t('salesFlow.openOnly')}
        </label>
        {props.kind === 'quotes' ? (
          <a className="button-link primary-link" href={routeHref({ page: 'quote-new' })}>
            {t('quote.new')}
          </a>
        ) : (
          <a
            className="button-link primary-link"
            href={routeHref({ page: buying ? 'purchase-order-new' : 'sales-order-new' })}
          >
            {t(buying ? 'purchaseOrder.new' : 'salesOrder.new')}
          </a>
        )}
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <table
        className="grid"
        aria-label={t(
          props.kind === 'quotes'
            ? 'nav.quotes'
            : buying
              ? 'nav.purchaseOrders'
              : 'nav.salesOrders',
        )}
      >
        <thead>
          <tr>
            <th className="col-number">{t('salesFlow.col.number')}</th>
            <th className="col-date">{t('salesFlow.col.date')}</th>
            <th>{t(buying ? 'bills.col.supplier' : 'salesFlow.col.customer')}</th>
            <th>{t('salesFlow.col.status')}</th>
            <th className="end">{t('salesFlow.col.total')}</th>
          </tr>
        </thead>
        <tbody>
          {query.data && rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                {t('salesFlow.nothing')}
              </td>
            </tr>
          ) : null}
          {rows.map((doc) => (
            <tr key={doc.id} data-number={doc.number ?? ''}>
              <td className="mono">
                <a href={routeHref(routeOf(doc.id))}>
                  {doc.number ??
                    t(
                      props.kind === 'quotes'
                        ? 'quote.unnumbered'
                        : buying
                          ? 'purchaseOrder.unnumbered'
                          : 'order.unnumbered',
                    )}
                </a>
              </td>
              <td>{format.date(doc.date)}</td>
              <td>{doc.contactName}</td>
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
    </div>
  )
}
