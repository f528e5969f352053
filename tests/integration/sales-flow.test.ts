import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { getDocument, saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { closeDocument, issueDocument } from '../../src/main/engine/sales/issue-document'
import { getOrder, invoiceOrder, listOrders } from '../../src/main/engine/sales/orders'
import { cancelInvoice } from '../../src/main/engine/sales/post-document'
import {
  acceptQuoteIntoInvoice,
  acceptQuoteIntoOrder,
  getQuote,
} from '../../src/main/engine/sales/quotes'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'

const entryCount = (ctx: CompanyContext) =>
  (ctx.sqlite.prepare('SELECT count(*) AS n FROM journal_entry').get() as { n: bigint }).n

/** A draft quote for 10 widgets and 4 hours of service at 50.00 (no tax). */
function quoteDraft(ctx: CompanyContext) {
  const { customer, product } = salesSetup(ctx)
  const quote = saveDocumentDraft(ctx, 'quote', {
    contactId: customer.id,
    date: '2024-05-01',
    lines: [
      { productId: product.id, quantity: 10_000n },
      {
        description: 'Fitting',
        quantity: 4_000n,
        unitPrice: 5000n,
        taxCodeId: null,
        accountId: product.incomeAccountId,
      },
    ],
  })
  return { customer, product, quote }
}

describe('quote -> sales order -> partial invoices', () => {
  it('runs the whole flow and closes the order when fully invoiced', async () => {
    const ctx = await tempCompany()
    const { quote } = quoteDraft(ctx)
    expect(getQuote(ctx, quote.id).flowStatus).toBe('draft')
    expect(issueDocument(ctx, quote.id, 'quote')).toBe('QT-A-000001')
    expect(getQuote(ctx, quote.id)).toMatchObject({ flowStatus: 'issued', journalEntryId: null })
    expect(entryCount(ctx)).toBe(0n)

    const order = acceptQuoteIntoOrder(ctx, quote.id, '2024-05-03')
    expect(order).toMatchObject({
      number: 'SO-A-000001',
      flowStatus: 'open',
      sourceDocumentId: quote.id,
      reference: 'QT-A-000001',
      date: '2024-05-03',
      gross: quote.gross,
    })
    expect(order.lines.map((l) => [l.description, l.quantity, l.unitPrice])).toEqual(
      quote.lines.map((l) => [l.description, l.quantity, l.unitPrice]),
    )
    expect(getQuote(ctx, quote.id)).toMatchObject({
      flowStatus: 'accepted',
      acceptedInto: { id: order.id, type: 'sales_order', number: 'SO-A-000001' },
    })
    expect(entryCount(ctx)).toBe(0n)

    // First invoice: 4 of the 10 widgets, none of the fitting.
    const first = invoiceOrder(ctx, {
      orderId: order.id,
      date: '2024-05-10',
      lines: [{ lineNo: 1, quantity: 4_000n }],
    })
    expect(first.number).toBe('INV-A-000001')
    const firstInvoice = getDocument(ctx, first.id)
    expect(firstInvoice).toMatchObject({ sourceDocumentId: order.id, net: 40000n, tax: 4000n })
    expect(getOrder(ctx, order.id)).toMatchObject({
      flowStatus: 'open',
      progress: [
        { lineNo: 1, ordered: 10_000n, invoiced: 4_000n, remaining: 6_000n },
        { lineNo: 2, ordered: 4_000n, invoiced: 0n, remaining: 4_000n },
      ],
    })
    expect(listOrders(ctx, { openOnly: true }).map((o) => o.id)).toEqual([order.id])

    // Second invoice: everything left.
    const second = invoiceOrder(ctx, { orderId: order.id, date: '2024-05-20' })
    expect(getDocument(ctx, second.id)).toMatchObject({ net: 60000n + 20000n, tax: 6000n })
    const done = getOrder(ctx, order.id)
    expect(done.flowStatus).toBe('invoiced')
    expect(done.progress.map((l) => l.remaining)).toEqual([0n, 0n])
    expect(done.invoices.map((i) => i.number)).toEqual(['INV-A-000001', 'INV-A-000002'])
    expect(firstInvoice.gross + getDocument(ctx, second.id).gross).toBe(order.gross)
    expect(listOrders(ctx, { openOnly: true })).toEqual([])
    expect(() => invoiceOrder(ctx, { orderId: order.id })).toThrow(/fully invoiced/)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses invoicing more than is left on a line, or nothing, and changes nothing', async () => {
    const ctx = await tempCompany()
    const { quote } = quoteDraft(ctx)
    const order = acceptQuoteIntoOrder(ctx, quote.id, '2024-05-03')
    invoiceOrder(ctx, {
      orderId: order.id,
      date: '2024-05-10',
      lines: [{ lineNo: 1, quantity: 7_000n }],
    })
    const before = entryCount(ctx)
    const attempt = (lines: { lineNo: number; quantity: bigint }[]) => () =>
      invoiceOrder(ctx, { orderId: order.id, date: '2024-05-11', lines })
    expect(attempt([{ lineNo: 1, quantity: 3_001n }])).toThrow(
      /Line 1 \(Widget\): 3 left to invoice on SO-A-000001, 3.001 asked/,
    )
    expect(attempt([{ lineNo: 2, quantity: 0n }])).toThrow(/more than zero/)
    expect(attempt([{ lineNo: 2, quantity: -1_000n }])).toThrow(/more than zero/)
    expect(attempt([{ lineNo: 3, quantity: 1_000n }])).toThrow(/has no line 3/)
    expect(attempt([])).toThrow(/at least one line/)
    expect(
      attempt([
        { lineNo: 2, quantity: 1_000n },
        { lineNo: 2, quantity: 1_000n },
      ]),
    ).toThrow(/named twice/)
    expect(entryCount(ctx)).toBe(before)
    expect(getOrder(ctx, order.id).progress.map((l) => l.invoiced)).toEqual([7_000n, 0n])
  })

  it('frees quantities of a cancelled invoice and stops invoicing a closed order', async () => {
    const ctx = await tempCompany()
    const { quote } = quoteDraft(ctx)
    const order = acceptQuoteIntoOrder(ctx, quote.id, '2024-05-03')
    const invoice = invoiceOrder(ctx, { orderId: order.id, date: '2024-05-10' })
    expect(getOrder(ctx, order.id).flowStatus).toBe('invoiced')
    cancelInvoice(ctx, invoice.id, '2024-05-12')
    expect(getOrder(ctx, order.id)).toMatchObject({
      flowStatus: 'open',
      progress: [{ remaining: 10_000n }, { remaining: 4_000n }],
    })
    closeDocument(ctx, order.id, 'sales_order', 'customer cancelled', '2024-05-13')
    expect(getOrder(ctx, order.id).flowStatus).toBe('closed')
    expect(() => invoiceOrder(ctx, { orderId: order.id })).toThrow(/is closed/)
    expect(() => closeDocument(ctx, order.id, 'sales_order', '')).toThrow(/already closed/)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('accepts a draft quote straight into an invoice, once; a declined quote never', async () => {
    const ctx = await tempCompany()
    const { quote, customer, product } = quoteDraft(ctx)
    const invoice = acceptQuoteIntoInvoice(ctx, quote.id, '2024-05-02')
    expect(getQuote(ctx, quote.id)).toMatchObject({
      number: 'QT-A-000001',
      flowStatus: 'accepted',
      acceptedInto: { type: 'invoice', number: invoice.number },
    })
    expect(getDocument(ctx, invoice.id)).toMatchObject({
      status: 'posted',
      gross: quote.gross,
      sourceDocumentId: quote.id,
    })
    expect(() => acceptQuoteIntoOrder(ctx, quote.id)).toThrow(/already accepted into INV-A-000001/)

    const other = saveDocumentDraft(ctx, 'quote', {
      contactId: customer.id,
      date: '2024-05-01',
      lines: [{ productId: product.id, quantity: 1_000n }],
    })
    expect(() => closeDocument(ctx, other.id, 'quote', 'declined')).toThrow(/still a draft/)
    issueDocument(ctx, other.id, 'quote')
    closeDocument(ctx, other.id, 'quote', 'too dear', '2024-05-05')
    expect(getQuote(ctx, other.id).flowStatus).toBe('declined')
    expect(() => acceptQuoteIntoInvoice(ctx, other.id)).toThrow(/declined/)
    expect(() => issueDocument(ctx, other.id, 'quote')).toThrow(/can no longer change/)
  })
})
