import { addDays } from '../../../shared/dates'
import type { DocumentLineInput } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { saveDocumentDraft } from '../sales/documents'
import { closeDocument, issueDocument } from '../sales/issue-document'
import { invoiceOrder } from '../sales/orders'
import { acceptQuoteIntoOrder } from '../sales/quotes'
import type { SalesDemoBook, SalesDemoOptions } from './sales-demo'

/**
 * The last weeks' quotes and orders: a catering quote still open, one declined, and one accepted
 * into a sales order that has been partly invoiced, with the rest still to deliver.
 */
export function addSalesFlowDemo(
  ctx: CompanyContext,
  book: SalesDemoBook,
  options: Pick<SalesDemoOptions, 'to' | 'dice'>,
): void {
  const { to, dice } = options
  const customer = (name: string) => book.customers.find((c) => c.name === name)!.id
  const line = (code: string, quantity: number): DocumentLineInput => ({
    productId: book.products.get(code)!.id,
    quantity: BigInt(quantity) * 1000n,
  })
  const quote = (name: string, date: string, lines: DocumentLineInput[], memo: string) => {
    const draft = saveDocumentDraft(ctx, 'quote', {
      contactId: customer(name),
      date,
      dueDate: addDays(date, 30),
      memo,
      lines,
    })
    issueDocument(ctx, draft.id, 'quote')
    return draft.id
  }

  quote(
    'Greenfield Catering',
    addDays(to, -dice.int(2, 6)),
    [line('CATER', dice.int(60, 120)), line('DELIVERY', 1)],
    'Summer fair, coffee for all guests',
  )
  const declined = quote(
    'Riverside Gym',
    addDays(to, -25),
    [line('GRINDER', 2), line('COF-1KG', 10)],
    'Coffee corner for the members lounge',
  )
  closeDocument(ctx, declined, 'quote', 'Went with another supplier', addDays(to, -18))

  const accepted = quote(
    'Northside Offices Ltd',
    addDays(to, -21),
    [line('COF-1KG', 24), line('TEA-100', 12), line('MUG-LOGO', 40)],
    'Office kitchens, monthly supply',
  )
  const order = acceptQuoteIntoOrder(ctx, accepted, addDays(to, -19))
  invoiceOrder(ctx, {
    orderId: order.id,
    date: addDays(to, -12),
    lines: [
      { lineNo: 1, quantity: 12_000n },
      { lineNo: 2, quantity: 12_000n },
    ],
  })
}
