import type { PurchaseRoute } from '../routing/purchase-routes'
import { ContactNewPage } from '../sales/contacts/contact-new'
import { CustomerList } from '../sales/contacts/customer-list'
import { InvoiceForm } from '../sales/invoices/invoice-form'
import { ReceivePayment } from '../sales/payments/receive-payment'
import { FlowList } from '../sales/flow/flow-list'
import { ReceivablesAgeing } from '../sales/receivables/receivables-ageing'
import { BillDetail } from './bill-detail'
import { BillList } from './bill-list'
import { DebitNoteList } from './debit-note-list'
import { PurchaseOrderDetail } from './purchase-order-detail'
import { PurchasesBySupplier } from './purchases-by-supplier'
import { SupplierPage } from './supplier-page'
import { SupplierPaymentList } from './supplier-payment-list'

/** The screen for a purchasing route; most reuse the sales screens on the supplier side. */
export function PurchasePage(props: { route: PurchaseRoute }) {
  const route = props.route
  switch (route.page) {
    case 'suppliers':
      return <CustomerList side="supplier" search={route.search} />
    case 'supplier':
      return <SupplierPage key={route.id} id={route.id} />
    case 'supplier-new':
      return <ContactNewPage name={route.name} supplier />
    case 'bills':
      return <BillList params={route} />
    case 'bill-new':
      return (
        <InvoiceForm
          key={`${route.draft ?? ''}|${route.contact ?? ''}`}
          mode={{ kind: 'bill' }}
          draftId={route.draft}
          contactId={route.contact}
        />
      )
    case 'bill':
      return <BillDetail key={route.id} id={route.id} />
    case 'debit-note-new':
      return <InvoiceForm key={route.bill} mode={{ kind: 'debit_note', billId: route.bill }} />
    case 'supplier-payment-new':
      return <ReceivePayment key={route.contact ?? ''} side="supplier" contactId={route.contact} />
    case 'payables-ageing':
      return <ReceivablesAgeing route={route} />
    case 'purchases-by-supplier':
      return <PurchasesBySupplier route={route} />
    case 'purchase-orders':
      return <FlowList kind="purchase-orders" contactId={route.contact} />
    case 'purchase-order':
      return <PurchaseOrderDetail key={route.id} id={route.id} />
    case 'purchase-order-new':
      return (
        <InvoiceForm
          key={`${route.draft ?? ''}|${route.contact ?? ''}`}
          mode={{ kind: 'purchase_order' }}
          draftId={route.draft}
          contactId={route.contact}
        />
      )
    case 'supplier-payments':
      return <SupplierPaymentList key={route.contact ?? ''} contactId={route.contact} />
    case 'debit-notes':
      return <DebitNoteList params={route} />
  }
}
