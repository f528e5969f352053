import type { MessageKey } from '../../i18n/translate'
import type { Route } from '../../routing/routes'
import type { InvoiceFormMode } from './use-invoice-form'

/**
 * What the document form's main button says, what it says once that is done, and the page the
 * document then opens on. Quotes and orders are issued (numbered, nothing reaches the ledger);
 * the rest are posted.
 */
export function documentFormWords(mode: InvoiceFormMode): {
  post: MessageKey
  posted: MessageKey
  route: (id: string) => Route
} {
  switch (mode.kind) {
    case 'invoice':
      return { post: 'invoice.post', posted: 'invoice.posted', route: invoiceRoute }
    case 'credit_note':
      return {
        post: 'invoice.postCreditNote',
        posted: 'invoice.creditNotePosted',
        route: invoiceRoute,
      }
    case 'bill':
      return { post: 'bill.post', posted: 'bill.posted', route: billRoute }
    case 'debit_note':
      return { post: 'bill.postDebitNote', posted: 'bill.debitNotePosted', route: billRoute }
    case 'quote':
      return { post: 'quote.issue', posted: 'quote.issued', route: (id) => ({ page: 'quote', id }) }
    case 'sales_order':
      return {
        post: 'salesOrder.issue',
        posted: 'salesOrder.issued',
        route: (id) => ({ page: 'sales-order', id }),
      }
    case 'purchase_order':
      return {
        post: 'purchaseOrder.issue',
        posted: 'purchaseOrder.issued',
        route: (id) => ({ page: 'purchase-order', id }),
      }
  }
}

const invoiceRoute = (id: string): Route => ({ page: 'invoice', id })
const billRoute = (id: string): Route => ({ page: 'bill', id })
