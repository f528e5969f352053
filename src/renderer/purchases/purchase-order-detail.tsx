import { useState } from 'react'
import type { PurchaseOrder } from '../../shared/domain/purchasing'
import { Amount } from '../components/amount'
import { Field } from '../components/field'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { StockLinkButton } from '../stock/stock-link-button'
import { FlowFacts, FlowLines } from '../sales/flow/flow-lines'
import { OrderActions, useBusyAction } from '../sales/flow/order-actions'
import { chosenQuantities, OrderProgress } from '../sales/flow/order-progress'

const BILL_WORDS = { done: 'purchaseOrder.col.billed', next: 'purchaseOrder.col.toBill' } as const

/**
 * One purchase order: ordered, billed and remaining per line. An open order is billed (all that
 * is left, or the quantities typed) against the supplier's invoice number, or closed by hand.
 */
export function PurchaseOrderDetail(props: { id: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery(props.id, () => invoke('purchaseOrders.get', { id: props.id }))
  const { error, setError, busy, act } = useBusyAction()
  const [typed, setTyped] = useState<Record<number, string>>({})
  const [badLine, setBadLine] = useState<number | null>(null)
  const [reference, setReference] = useState('')

  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  const order = query.data
  if (!order || order.id !== props.id) return <p className="empty">{t('app.loading')}</p>
  const bill = (lines?: { lineNo: number; quantity: bigint }[]) => {
    if (!reference.trim()) return setError(t('purchaseOrder.needsReference'))
    void act(async () => {
      const ref = await invoke('purchaseOrders.bill', { orderId: order.id, reference, lines })
      navigate({ page: 'bill', id: ref.id })
    })
  }
  const billChosen = () => {
    const chosen = chosenQuantities(order, typed, format.locale)
    if (!chosen.ok) return setBadLine(chosen.lineNo)
    setBadLine(null)
    bill(chosen.lines)
  }
  const open = order.flowStatus === 'open'

  return (
    <div className="page entry-detail order-detail purchase-order-detail">
      <div className="card">
        <div className="detail-head">
          <h2 className="mono">{order.number ?? t('purchaseOrder.unnumbered')}</h2>
          <span className={`badge flow-${order.flowStatus}`} data-testid="flow-status">
            {t(`salesFlow.status.${order.flowStatus}`)}
          </span>
        </div>
        <FlowFacts doc={order} href={routeHref({ page: 'supplier', id: order.contactId })} />
        {order.flowStatus === 'draft' ? (
          <FlowLines doc={order} />
        ) : (
          <OrderProgress
            order={order}
            words={BILL_WORDS}
            editable={open}
            typed={typed}
            badLine={badLine}
            onType={(lineNo, text) => setTyped((current) => ({ ...current, [lineNo]: text }))}
          />
        )}
        <OrderBills order={order} />
        {open ? (
          <Field label={t('purchaseOrder.reference')} className="narrow">
            <input
              dir="auto"
              autoComplete="off"
              value={reference}
              onChange={(event) => setReference(event.target.value)}
            />
          </Field>
        ) : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
        <OrderActions
          status={order.flowStatus}
          busy={busy}
          words={{
            issue: 'purchaseOrder.issue',
            all: 'purchaseOrder.billRemaining',
            chosen: 'purchaseOrder.billChosen',
          }}
          extra={
            order.flowStatus === 'draft' ? (
              <a
                className="button-link"
                href={routeHref({ page: 'purchase-order-new', draft: order.id })}
              >
                {t('billDetail.edit')}
              </a>
            ) : (
              <StockLinkButton
                kind="receipt"
                documentId={order.id}
                posted={order.status === 'posted'}
              />
            )
          }
          onIssue={() =>
            void act(async () => {
              await invoke('purchaseOrders.issue', { id: order.id })
              query.reload()
            })
          }
          onDelete={() =>
            void act(async () => {
              await invoke('purchaseOrders.deleteDraft', { id: order.id })
              navigate({ page: 'purchase-orders' }, { replace: true })
            })
          }
          onAll={() => bill()}
          onChosen={billChosen}
          onClose={() =>
            void act(async () => {
              await invoke('purchaseOrders.close', { id: order.id })
              query.reload()
            })
          }
        />
      </div>
    </div>
  )
}

function OrderBills(props: { order: PurchaseOrder }) {
  const { t } = useI18n()
  if (props.order.bills.length === 0) return null
  return (
    <section>
      <h3>{t('purchaseOrder.bills')}</h3>
      <ul className="plain-list">
        {props.order.bills.map((bill) => (
          <li key={bill.id}>
            <a className="mono" href={routeHref({ page: 'bill', id: bill.id })}>
              {bill.number ?? bill.id}
            </a>{' '}
            <Amount value={bill.gross} />
          </li>
        ))}
      </ul>
    </section>
  )
}
