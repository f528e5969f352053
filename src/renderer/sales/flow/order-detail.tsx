import { useState } from 'react'
import type { SalesOrder } from '../../../shared/domain/sales-flow'
import { Amount } from '../../components/amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { OrderStock } from '../../inventory/sales/order-stock'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { StockLinkButton } from '../../stock/stock-link-button'
import { PrintButton } from '../print/print-button'
import { FlowFacts, FlowLines } from './flow-lines'
import { OrderActions, useBusyAction } from './order-actions'
import { OrderProgress, chosenQuantities } from './order-progress'

/** One sales order: ordered, invoiced and remaining per line; invoice what is left, or close it. */
export function OrderDetail(props: { id: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery(props.id, () => invoke('salesOrders.get', { id: props.id }))
  const { error, busy, act } = useBusyAction()
  const [typed, setTyped] = useState<Record<number, string>>({})
  const [badLine, setBadLine] = useState<number | null>(null)

  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  const order = query.data
  if (!order || order.id !== props.id) return <p className="empty">{t('app.loading')}</p>
  const invoice = (lines?: { lineNo: number; quantity: bigint }[]) =>
    act(async () => {
      const ref = await invoke('salesOrders.invoice', { orderId: order.id, lines })
      navigate({ page: 'invoice', id: ref.id })
    })
  const invoiceChosen = () => {
    const chosen = chosenQuantities(order, typed, format.locale)
    if (!chosen.ok) return setBadLine(chosen.lineNo)
    setBadLine(null)
    void invoice(chosen.lines)
  }
  const open = order.flowStatus === 'open'

  return (
    <div className="page entry-detail order-detail">
      <div className="card">
        <div className="detail-head">
          <h2 className="mono">{order.number ?? t('order.unnumbered')}</h2>
          <span className={`badge flow-${order.flowStatus}`} data-testid="flow-status">
            {t(`salesFlow.status.${order.flowStatus}`)}
          </span>
        </div>
        <FlowFacts doc={order} href={routeHref({ page: 'contact', id: order.contactId })} />
        {order.flowStatus === 'draft' ? (
          <FlowLines doc={order} />
        ) : (
          <OrderProgress
            order={order}
            editable={open}
            typed={typed}
            badLine={badLine}
            onType={(lineNo, text) => setTyped((current) => ({ ...current, [lineNo]: text }))}
          />
        )}
        <OrderStock order={order} />
        <OrderInvoices order={order} />
        {error ? <Notice tone="error">{error}</Notice> : null}
        <OrderActions
          status={order.flowStatus}
          busy={busy}
          words={{
            issue: 'order.issue',
            all: 'order.invoiceRemaining',
            chosen: 'order.invoiceChosen',
          }}
          extra={
            order.flowStatus === 'draft' ? null : (
              <>
                <PrintButton kind="sales-order" id={order.id} />
                <StockLinkButton
                  kind="delivery"
                  documentId={order.id}
                  posted={order.status === 'posted'}
                />
              </>
            )
          }
          onIssue={() =>
            void act(async () => {
              await invoke('salesOrders.issue', { id: order.id })
              query.reload()
            })
          }
          onDelete={() =>
            void act(async () => {
              await invoke('salesOrders.deleteDraft', { id: order.id })
              navigate({ page: 'sales-orders' }, { replace: true })
            })
          }
          onAll={() => void invoice()}
          onChosen={invoiceChosen}
          onClose={() =>
            void act(async () => {
              await invoke('salesOrders.close', { id: order.id })
              query.reload()
            })
          }
        />
      </div>
    </div>
  )
}

function OrderInvoices(props: { order: SalesOrder }) {
  const { t } = useI18n()
  if (props.order.invoices.length === 0) return null
  return (
    <section>
      <h3>{t('order.invoices')}</h3>
      <ul className="plain-list">
        {props.order.invoices.map((invoice) => (
          <li key={invoice.id}>
            <a className="mono" href={routeHref({ page: 'invoice', id: invoice.id })}>
              {invoice.number ?? invoice.id}
            </a>{' '}
            <Amount value={invoice.gross} />
          </li>
        ))}
      </ul>
    </section>
  )
}
