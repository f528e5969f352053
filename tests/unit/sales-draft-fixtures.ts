import {
  blankInvoiceLine,
  type InvoiceDraft,
} from '../../src/renderer/sales/invoices/invoice-draft'
import type { TaxCode } from '../../src/shared/domain/sales'

/** A 10% tax on top of the price, as the sales screens get it from the engine. */
export const vat: TaxCode = {
  id: 'vat',
  code: 'VAT',
  name: 'VAT',
  rate: 1000,
  pricesIncludeTax: false,
  outputAccountId: 'tax',
  inputAccountId: 'tax',
  archived: false,
}

/** The invoice form for Acme on 1 March 2026 with `lines` typed in (each from a blank line). */
export function invoiceDraft(lines: Partial<ReturnType<typeof blankInvoiceLine>>[]): InvoiceDraft {
  return {
    contactId: 'c1',
    contactText: 'Acme',
    date: '2026-03-01',
    dueDate: '2026-03-31',
    reference: '',
    memo: '',
    lines: lines.map((line, index) => ({ ...blankInvoiceLine(`k${index}`), ...line })),
  }
}
