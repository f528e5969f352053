import type { MessageKey } from '../../i18n/translate'
import type { Route } from '../../routing/routes'
import type { InvoiceFormMode } from './use-invoice-form'

/**
 * What the document form says and links to when it makes a sales or purchase order: issuing
 * numbers the order, which then opens on its own page. Null for the other kinds.
 */
export function orderFormWords(
  mode: InvoiceFormMode,
): { issue: MessageKey; issued: MessageKey; route: (id: string) => Route } | null {
  switch (mode.kind) {
    case 'sales_order':
      return {
        issue: 'salesOrder.issue',
        issued: 'salesOrder.issued',
        route: (id) => ({ page: 'sales-order', id }),
      }
    case 'purchase_order':
      return {
        issue: 'purchaseOrder.issue',
        issued: 'purchaseOrder.issued',
        route: (id) => ({ page: 'purchase-order', id }),
      }
    default:
      return null
  }
}
