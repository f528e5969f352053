import {
  invoiceLineField,
  parseInvoiceLineField,
  type InvoiceDraft,
  type InvoiceLineColumn,
} from './invoice-draft'

export const INVOICE_HEADER_FIELDS = ['contactId', 'date', 'dueDate', 'reference', 'memo'] as const

/** After each line column, Enter goes to: the product fills description, tax and account. */
const NEXT_IN_LINE: Record<InvoiceLineColumn, InvoiceLineColumn | null> = {
  product: 'quantity',
  description: 'quantity',
  quantity: 'unitPrice',
  unitPrice: null,
  taxCode: 'account',
  account: null,
}

/**
 * Where Enter goes from `field`: through the header, then each line's product, quantity and
 * price, then the next line (a new one at the end). A field name, or 'new-line'.
 */
export function nextInvoiceField(field: string, draft: InvoiceDraft): string | 'new-line' {
  const header = INVOICE_HEADER_FIELDS.indexOf(field as (typeof INVOICE_HEADER_FIELDS)[number])
  if (header >= 0) {
    const next = INVOICE_HEADER_FIELDS[header + 1]
    if (next) return next
    const first = draft.lines[0]
    return first ? invoiceLineField(first.key, 'product') : 'new-line'
  }
  const at = parseInvoiceLineField(field)
  const index = at ? draft.lines.findIndex((line) => line.key === at.key) : -1
  if (!at || index < 0) return 'contactId'
  const column = NEXT_IN_LINE[at.column]
  if (column) return invoiceLineField(at.key, column)
  const next = draft.lines[index + 1]
  return next ? invoiceLineField(next.key, 'product') : 'new-line'
}
