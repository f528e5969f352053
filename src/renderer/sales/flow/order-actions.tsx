import type { ReactNode } from 'react'
import type { PurchaseOrder } from '../../../shared/domain/purchasing'
import type { SalesOrder } from '../../../shared/domain/sales-flow'
import { ActionButton, type EngineAction } from '../../components/action-button'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import type { OrderChoice } from './order-progress'

/** What differs between a sales order's buttons and a purchase order's. */
export interface OrderActionKind {
  calls: {
    issue: 'salesOrders.issue' | 'purchaseOrders.issue'
    deleteDraft: 'salesOrders.deleteDraft' | 'purchaseOrders.deleteDraft'
    close: 'salesOrders.close' | 'purchaseOrders.close'
  }
  /** Where a deleted draft leaves to. */
  list: 'sales-orders' | 'purchase-orders'
  words: { issue: MessageKey; all: MessageKey; chosen: MessageKey }
}

/**
 * A sales or purchase order's buttons: a draft is issued or deleted; an open order is invoiced
 * (or billed) for all that is left or the quantities chosen, or closed by hand. `extra` comes
 * first: printing, or editing a draft.
 */
export function OrderActions(props: {
  kind: OrderActionKind
  order: SalesOrder | PurchaseOrder
  choice: OrderChoice
  action: EngineAction
  reload: () => void
  extra?: ReactNode
  /** Invoice (or bill) the lines given, or all that is left. */
  onInvoice: (lines?: { lineNo: number; quantity: bigint }[]) => void
}) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { kind, order, action } = props
  const id = order.id
  const invoiceChosen = () => {
    const lines = props.choice.choose(order, format.locale)
    if (lines) props.onInvoice(lines)
  }
  return (
    <div className="actions">
      {props.extra}
      {order.flowStatus === 'draft' ? (
        <>
          <ActionButton
            action={action}
            className="primary"
            run={() => invoke(kind.calls.issue, { id })}
            onDone={props.reload}
          >
            {t(kind.words.issue)}
          </ActionButton>
          <ActionButton
            action={action}
            className="danger"
            run={() => invoke(kind.calls.deleteDraft, { id })}
            onDone={() => navigate({ page: kind.list }, { replace: true })}
          >
            {t('order.delete')}
          </ActionButton>
        </>
      ) : null}
      {order.flowStatus === 'open' ? (
        <>
          <button
            type="button"
            className="primary"
            disabled={action.busy}
            onClick={() => props.onInvoice()}
          >
            {t(kind.words.all)}
          </button>
          <button type="button" disabled={action.busy} onClick={invoiceChosen}>
            {t(kind.words.chosen)}
          </button>
          <ActionButton
            action={action}
            className="danger"
            run={() => invoke(kind.calls.close, { id })}
            onDone={props.reload}
          >
            {t('order.close')}
          </ActionButton>
        </>
      ) : null}
    </div>
  )
}
