import type { SalesRoute } from '../routing/sales-routes'
import { FlowList } from './flow/flow-list'
import { OrderDetail } from './flow/order-detail'
import { QuoteDetail } from './flow/quote-detail'
import { InvoiceForm } from './invoices/invoice-form'

/** The quote and sales order screens. */
export function SalesFlowPage(props: { route: SalesRoute }) {
  const route = props.route
  switch (route.page) {
    case 'quotes':
      return <FlowList kind="quotes" contactId={route.contact} />
    case 'sales-orders':
      return <FlowList kind="sales-orders" contactId={route.contact} />
    case 'quote-new':
      return (
        <InvoiceForm
          key={`${route.draft ?? ''}|${route.contact ?? ''}`}
          mode={{ kind: 'quote' }}
          draftId={route.draft}
          contactId={route.contact}
        />
      )
    case 'sales-order-new':
      return (
        <InvoiceForm
          key={`${route.draft ?? ''}|${route.contact ?? ''}`}
          mode={{ kind: 'sales_order' }}
          draftId={route.draft}
          contactId={route.contact}
        />
      )
    case 'quote':
      return <QuoteDetail key={route.id} id={route.id} />
    case 'sales-order':
      return <OrderDetail key={route.id} id={route.id} />
    default:
      return null
  }
}
