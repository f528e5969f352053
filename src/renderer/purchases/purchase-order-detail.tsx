import { useState } from 'react'
import { ActionError, useEngineAction } from '../components/action-button'
import { Field } from '../components/field'
import { RecordPage } from '../components/record-page'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { StockLinkButton } from '../stock/stock-link-button'
import { FlowDetailCard } from '../sales/flow/flow-detail-card'
import { OrderActions, type OrderActionKind } from '../sales/flow/order-actions'
import { OrderDocuments } from '../sales/flow/order-documents'
import { OrderLines, useOrderChoice } from '../sales/flow/order-progress'

const BILL_WORDS = { done: 'purchaseOrder.col.billed', next: 'purchaseOrder.col.toBill' } as const

const PURCHASE_ORDER: OrderActionKind = {
  calls: {
    issue: 'purchaseOrders.issue',
    deleteDraft: 'purchaseOrders.deleteDraft',
    close: 'purchaseOrders.close',
  },
  list: 'purchase-orders',
  words: {
    issue: 'purchaseOrder.issue',
    all: 'purchaseOrder.billRemaining',
    chosen: 'purchaseOrder.billChosen',
  },
}

/**
 * One purchase order: ordered, billed and remaining per line. An open order is billed (all that
 * is left, or the quantities typed) against the supplier's invoice number, or closed by hand.
 */
export function PurchaseOrderDetail(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery(props.id, () => invoke('purchaseOrders.get', { id: props.id }))
  const action = useEngineAction()
  const choice = useOrderChoice()
  const [reference, setReference] = useState('')
  return (
    <RecordPage query={query} id={props.id}>
      {(order) => (
        <FlowDetailCard
          doc={order}
          className="order-detail purchase-order-detail"
          unnumbered="purchaseOrder.unnumbered"
        >
          <OrderLines order={order} choice={choice} words={BILL_WORDS} />
          <OrderDocuments title="purchaseOrder.bills" page="bill" documents={order.bills} />
          {order.flowStatus === 'open' ? (
            <Field label={t('purchaseOrder.reference')} className="narrow">
              <input
                dir="auto"
                autoComplete="off"
                value={reference}
                onChange={(event) => setReference(event.target.value)}
              />
            </Field>
          ) : null}
          <ActionError action={action} />
          <OrderActions
            kind={PURCHASE_ORDER}
            order={order}
            choice={choice}
            action={action}
            reload={query.reload}
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
            onInvoice={(lines) => {
              if (!reference.trim()) return action.setError(t('purchaseOrder.needsReference'))
              void action.act(async () => {
                const ref = await invoke('purchaseOrders.bill', {
                  orderId: order.id,
                  reference,
                  lines,
                })
                navigate({ page: 'bill', id: ref.id })
              })
            }}
          />
        </FlowDetailCard>
      )}
    </RecordPage>
  )
}
