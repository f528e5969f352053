import { ActionError, useEngineAction } from '../../components/action-button'
import { RecordPage } from '../../components/record-page'
import { useQuery } from '../../components/use-query'
import { OrderStock } from '../../inventory/sales/order-stock'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { StockLinkButton } from '../../stock/stock-link-button'
import { PrintButton } from '../print/print-button'
import { FlowDetailCard } from './flow-detail-card'
import { OrderActions, type OrderActionKind } from './order-actions'
import { OrderDocuments } from './order-documents'
import { OrderLines, useOrderChoice } from './order-progress'

const SALES_ORDER: OrderActionKind = {
  calls: {
    issue: 'salesOrders.issue',
    deleteDraft: 'salesOrders.deleteDraft',
    close: 'salesOrders.close',
  },
  list: 'sales-orders',
  words: { issue: 'order.issue', all: 'order.invoiceRemaining', chosen: 'order.invoiceChosen' },
}

/** One sales order: ordered, invoiced and remaining per line; invoice what is left, or close it. */
export function OrderDetail(props: { id: string }) {
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery(props.id, () => invoke('salesOrders.get', { id: props.id }))
  const action = useEngineAction()
  const choice = useOrderChoice()
  return (
    <RecordPage query={query} id={props.id}>
      {(order) => (
        <FlowDetailCard doc={order} className="order-detail" unnumbered="order.unnumbered">
          <OrderLines order={order} choice={choice} />
          <OrderStock order={order} />
          <OrderDocuments title="order.invoices" page="invoice" documents={order.invoices} />
          <ActionError action={action} />
          <OrderActions
            kind={SALES_ORDER}
            order={order}
            choice={choice}
            action={action}
            reload={query.reload}
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
            onInvoice={(lines) =>
              void action.act(async () => {
                const ref = await invoke('salesOrders.invoice', { orderId: order.id, lines })
                navigate({ page: 'invoice', id: ref.id })
              })
            }
          />
        </FlowDetailCard>
      )}
    </RecordPage>
  )
}
