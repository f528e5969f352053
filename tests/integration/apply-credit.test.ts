import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { customerStatement } from '../../src/main/engine/sales-reports/customer-statement'
import { applyCustomerCredit } from '../../src/main/engine/sales/apply-credit'
import { getDocument } from '../../src/main/engine/sales/documents'
import { getPayment } from '../../src/main/engine/sales/payments'
import { paymentSteps } from '../helpers/payments'
import { postInvoice, salesSetup, type CurrencyTerms } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { entryLines } from '../helpers/entry-lines'

async function company() {
  const ctx = await tempCompany()
  const setup = salesSetup(ctx)
  /** One untaxed widget at `price`. */
  const invoice = (date: string, price: bigint, terms: CurrencyTerms) =>
    postInvoice(
      ctx,
      setup.customer.id,
      date,
      [{ productId: setup.product.id, quantity: 1000n, unitPrice: price, taxCodeId: null }],
      terms,
    )
  return { ctx, ...setup, invoice, ...paymentSteps(ctx, setup.bank) }
}

describe("using a customer's credit on a later invoice", () => {
  it('pays a later EUR invoice from EUR kept as credit, posting the difference between the rates', async () => {
    const { ctx, customer, invoice, receive } = await company()
    const first = invoice('2024-03-01', 10000n, { currency: 'EUR', rate: 1_100_000_000n })
    // 150.00 EUR at 1.12 for a 100.00 EUR invoice at 1.10: 50.00 EUR kept as credit (56.00 USD).
    const payment = receive(customer, '2024-03-05', 15000n, {
      currency: 'EUR',
      rate: 1_120_000_000n,
      keepCredit: true,
    })
    expect(payment.unallocated).toBe(5000n)
    // 80.00 EUR at 1.05 = 84.00 USD; the credit pays 50.00 of it.
    const second = invoice('2024-04-01', 8000n, { currency: 'EUR', rate: 1_050_000_000n })
    expect(receivablesAgeing(ctx, { asOf: '2024-04-01' }).total).toBe(8400n - 5600n)

    const used = applyCustomerCredit(ctx, { invoiceId: second.id })
    expect(used).toMatchObject({
      applied: 5000n,
      outstanding: 3000n,
      sources: [{ number: payment.number, amount: 5000n }],
    })
    // The credit took 56.00 USD off receivables; the 50.00 EUR it pays is 52.50 USD at the
    // invoice's rate: 3.50 goes back on receivables, a gain.
    expect(entryLines(ctx, used.journalEntryId!)).toEqual([
      ['1200', 350n, 0n],
      ['4950', 0n, 350n],
    ])
    expect(getDocument(ctx, second.id).outstanding).toBe(3000n)
    expect(getDocument(ctx, first.id).outstanding).toBe(0n)
    // The payment's receipt still says what it kept as credit when it came in.
    expect(getPayment(ctx, payment.id)).toMatchObject({ unallocated: 5000n })
    // 30.00 EUR of the second invoice is left: 31.50 USD at its rate, the ledger agrees.
    expect(receivablesAgeing(ctx, { asOf: '2024-04-01' }).total).toBe(3150n)
    // The statement moves as receivables did: the difference is a line of its own.
    const statement = customerStatement(ctx, {
      contact: customer.id,
      from: '2024-03-01',
      to: '2024-04-30',
    })
    expect(statement.lines.map((l) => [l.kind, l.number, l.charge, l.credit])).toEqual([
      ['invoice', first.number, 11000n, 0n],
      ['payment', payment.number, 0n, 16600n],
      ['invoice', second.number, 8400n, 0n],
      ['exchange_difference', second.number, 350n, 0n],
    ])
    expect(statement.closing).toBe(3150n)
    expect(checkCompany(ctx).problems).toEqual([])
    expect(() => applyCustomerCredit(ctx, { invoiceId: second.id })).toThrow(
      /Acme Ltd has no credit to use/,
    )
  })

  it('uses part of the credit when asked, in the base currency with nothing to post', async () => {
    const { ctx, customer, invoice, receive } = await company()
    receive(customer, '2024-03-05', 4000n, { keepCredit: true })
    const later = invoice('2024-03-10', 10000n, { currency: 'USD' })
    expect(() => applyCustomerCredit(ctx, { invoiceId: later.id, amount: 5000n })).toThrow(
      /Acme Ltd has 40.00 USD of credit, less than 50.00 USD/,
    )
    expect(applyCustomerCredit(ctx, { invoiceId: later.id, amount: 1500n })).toMatchObject({
      applied: 1500n,
      outstanding: 8500n,
      journalEntryId: null,
    })
    expect(applyCustomerCredit(ctx, { invoiceId: later.id })).toMatchObject({
      applied: 2500n,
      outstanding: 6000n,
    })
    expect(receivablesAgeing(ctx, { asOf: '2024-03-31' }).total).toBe(6000n)
    expect(checkCompany(ctx).problems).toEqual([])
  })

  it('refuses credit in another currency, and more than the invoice owes, changing nothing', async () => {
    const { ctx, customer, invoice, receive } = await company()
    receive(customer, '2024-03-05', 5000n, {
      currency: 'EUR',
      rate: 1_100_000_000n,
      keepCredit: true,
    })
    const dollars = invoice('2024-03-10', 10000n, { currency: 'USD' })
    const euros = invoice('2024-03-10', 1000n, { currency: 'EUR', rate: 1_100_000_000n })
    const count = () =>
      ctx.sqlite.prepare('SELECT count(*) AS n FROM receivable_settlement').get() as { n: bigint }
    const before = count()
    expect(() => applyCustomerCredit(ctx, { invoiceId: dollars.id })).toThrow(
      "Acme Ltd's credit is in EUR; it pays only EUR invoices, and INV-A-000001 is in USD",
    )
    expect(() => applyCustomerCredit(ctx, { invoiceId: euros.id, amount: 2000n })).toThrow(
      'INV-A-000002 has only 10.00 EUR left to pay',
    )
    expect(count()).toEqual(before)
    expect(applyCustomerCredit(ctx, { invoiceId: euros.id }).applied).toBe(1000n)
    expect(checkCompany(ctx).problems).toEqual([])
  })
})
