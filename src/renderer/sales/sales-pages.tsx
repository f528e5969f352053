import type { SalesRoute } from '../routing/sales-routes'
import { CashSalePage } from './cash-sale/cash-sale-page'
import { ContactNewPage } from './contacts/contact-new'
import { ContactPage } from './contacts/contact-page'
import { CustomerList } from './contacts/customer-list'
import { InvoiceDetail } from './invoices/invoice-detail'
import { InvoiceForm } from './invoices/invoice-form'
import { InvoiceList } from './invoices/invoice-list'
import { CreditNoteList } from './invoices/invoice-list-credit-notes'
import { ReceivePayment } from './payments/receive-payment'
import { PriceListDetail } from './price-lists/price-list-detail'
import { PriceListsPage } from './price-lists/price-lists-page'
import { ProductList } from './products/product-list'
import { TaxCodesPage } from './products/tax-codes'
import { ReceivablesAgeing } from './receivables/receivables-ageing'
import { SalesFlowPage } from './sales-flow-pages'

/** The screen for a sales route. */
export function SalesPage(props: { route: SalesRoute }) {
  const route = props.route
  switch (route.page) {
    case 'customers':
      return <CustomerList search={route.search} />
    case 'contact':
      return <ContactPage key={route.id} id={route.id} />
    case 'contact-new':
      return <ContactNewPage name={route.name} />
    case 'products':
      return <ProductList />
    case 'tax-codes':
      return <TaxCodesPage />
    case 'invoices':
      return <InvoiceList params={route} />
    case 'credit-notes':
      return <CreditNoteList params={route} />
    case 'invoice-new':
      return (
        <InvoiceForm
          key={`${route.draft ?? ''}|${route.contact ?? ''}`}
          mode={{ kind: 'invoice' }}
          draftId={route.draft}
          contactId={route.contact}
        />
      )
    case 'invoice':
      return <InvoiceDetail key={route.id} id={route.id} />
    case 'credit-note-new':
      return (
        <InvoiceForm key={route.invoice} mode={{ kind: 'credit_note', invoiceId: route.invoice }} />
      )
    case 'payment-new':
      return <ReceivePayment key={route.contact ?? ''} contactId={route.contact} />
    case 'receivables-ageing':
      return <ReceivablesAgeing route={route} />
    case 'cash-sale':
      return <CashSalePage />
    case 'price-lists':
      return <PriceListsPage />
    case 'price-list':
      return <PriceListDetail key={route.id} id={route.id} />
    default:
      return <SalesFlowPage route={route} />
  }
}
