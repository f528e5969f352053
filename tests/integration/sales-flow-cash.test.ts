import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { listContacts } from '../../src/main/engine/contacts/contacts'
import { recordStockDocument } from '../../src/main/engine/inventory/post'
import { defaultWarehouseId } from '../../src/main/engine/inventory/settings'
import { cashSale } from '../../src/main/engine/sales/cash-sale'
import { getDocument } from '../../src/main/engine/sales/documents'
import { getPayment } from '../../src/main/engine/sales/payments'
import { salesSetup } from '../helpers/sales-fixture'
import { accountId, tempCompany } from '../helpers/temp-company'
import { entryLines } from '../helpers/entry-lines'

/** Ten widgets at 40.00 in the main warehouse, so the counter has stock to sell. */
const stockUp = (ctx: CompanyContext, productId: string) =>
  recordStockDocument(ctx, {
    type: 'receipt',
    date: '2024-05-01',
    warehouseId: defaultWarehouseId(ctx)!,
    lines: [{ productId, quantity: 10_000n, unitCost: 4000n }],
  })
const count = (ctx: CompanyContext, table: string) =>
  (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: bigint }).n

describe('quick cash sale', () => {
  it('posts the invoice and its payment to the walk-in customer, with the change', async () => {
    const ctx = await tempCompany()
    stockUp(ctx, salesSetup(ctx).product.id)
    const sale = cashSale(ctx, {
      date: '2024-06-01',
      method: 'cash',
      tendered: 50000n,
      lines: [{ code: ' w1 ', quantity: 2_000n }],
    })
    expect(sale).toMatchObject({
      invoiceNumber: 'INV-A-000001',
      receiptNumber: 'PAY-A-000001',
      gross: 22000n,
      change: 28000n,
    })
    const invoice = getDocument(ctx, sale.invoiceId)
    expect(invoice).toMatchObject({
      contactName: 'Cash customer',
      outstanding: 0n,
      dueDate: '2024-06-01',
    })
    expect(entryLines(ctx, invoice.journalEntryId!)).toEqual([
      ['1200', 22000n, 0n],
      ['4100', 0n, 20000n],
      ['2200', 0n, 2000n],
    ])
    const payment = getPayment(ctx, sale.paymentId)
    expect(payment.allocations).toEqual([
      { documentId: sale.invoiceId, number: 'INV-A-000001', amount: 22000n },
    ])
    expect(entryLines(ctx, payment.journalEntryId)).toEqual([
      ['1110', 22000n, 0n],
      ['1200', 0n, 22000n],
    ])

    // A card sale reuses the same walk-in customer and goes to the bank account.
    const card = cashSale(ctx, {
      date: '2024-06-01',
      method: 'card',
      lines: [{ code: 'W1', quantity: 1_000n, unitPrice: 9000n }],
    })
    expect(card).toMatchObject({
      invoiceNumber: 'INV-A-000002',
      receiptNumber: 'PAY-A-000002',
      gross: 9900n,
      change: 0n,
    })
    expect(card.contactId).toBe(sale.contactId)
    expect(entryLines(ctx, getPayment(ctx, card.paymentId).journalEntryId)[0]).toEqual([
      '1120',
      9900n,
      0n,
    ])
    expect(listContacts(ctx).filter((c) => c.name === 'Cash customer')).toHaveLength(1)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('takes a named customer and an explicit account', async () => {
    const ctx = await tempCompany()
    const { customer, product } = salesSetup(ctx)
    stockUp(ctx, product.id)
    const sale = cashSale(ctx, {
      date: '2024-06-02',
      method: 'card',
      accountId: accountId(ctx, '1110'),
      contactId: customer.id,
      lines: [{ code: 'W1', quantity: 500n }],
    })
    expect(sale.contactId).toBe(customer.id)
    expect(entryLines(ctx, getPayment(ctx, sale.paymentId).journalEntryId)[0]).toEqual([
      '1110',
      5500n,
      0n,
    ])
  })

  it('refuses zero or negative quantities, unknown codes and too little money, changing nothing', async () => {
    const ctx = await tempCompany()
    salesSetup(ctx)
    const before = [count(ctx, 'journal_entry'), count(ctx, 'contact'), count(ctx, 'document')]
    const sell = (input: Partial<Parameters<typeof cashSale>[1]>) => () =>
      cashSale(ctx, { date: '2024-06-01', method: 'cash', lines: [], ...input })
    expect(sell({ lines: [{ code: 'W1', quantity: 0n }] })).toThrow(
      /Line 1: the quantity must be more than zero/,
    )
    expect(
      sell({
        lines: [
          { code: 'W1', quantity: 1_000n },
          { code: 'W1', quantity: -1_000n },
        ],
      }),
    ).toThrow(/Line 2: the quantity/)
    expect(sell({ lines: [{ code: 'NOPE', quantity: 1_000n }] })).toThrow(
      /no product has the code "NOPE"/,
    )
    expect(sell({ lines: [] })).toThrow(/at least one item/)
    expect(sell({ tendered: 10000n, lines: [{ code: 'W1', quantity: 1_000n }] })).toThrow(
      /100\.00 handed over is less than the total of 110\.00/,
    )
    expect([count(ctx, 'journal_entry'), count(ctx, 'contact'), count(ctx, 'document')]).toEqual(
      before,
    )
  })
})
