import { describe, expect, it } from 'vitest'
import { printableFor, printPdf } from '../../src/main/engine/sales-print/print-document'
import { paymentSteps } from '../helpers/payments'
import { postInvoice, salesSetup } from '../helpers/sales-fixture'
import { pdfTextRuns } from '../helpers/pdf-text'
import { tempCompany } from '../helpers/temp-company'

/** A USD company's invoice of 3 x 33.33 EUR + 10% tax at 1.0825 (119.06 USD), 50 EUR paid at 1.12. */
async function euroInvoice() {
  const ctx = await tempCompany()
  const { customer, product, bank } = salesSetup(ctx)
  const invoice = postInvoice(
    ctx,
    customer.id,
    '2024-03-01',
    [{ productId: product.id, quantity: 3000n, unitPrice: 3333n }],
    { currency: 'EUR', rate: 1_082_500_000n },
  )
  const payment = paymentSteps(ctx, bank).receive(customer, '2024-03-10', 5000n, {
    currency: 'EUR',
    rate: 1_120_000_000n,
  })
  return { ctx, customer, product, invoice, payment }
}

describe('printing documents in a foreign currency', () => {
  it("prints a EUR invoice's amounts in EUR with its rate and its total in USD", async () => {
    const { ctx, invoice } = await euroInvoice()
    const doc = printableFor(ctx, { kind: 'invoice', number: invoice.number })
    expect(doc.dates).toContainEqual({ label: 'Currency', value: 'EUR' })
    expect(doc.dates).toContainEqual({ label: 'Exchange rate', value: '1 EUR = 1.0825 USD' })
    expect(doc.columns.map((c) => c.label)).toEqual([
      'Description',
      'Quantity',
      'Unit price (EUR)',
      'Tax (EUR)',
      'Amount (EUR)',
    ])
    expect(doc.rows).toEqual([['Widget', '3', '33.33', '10.00', '99.99']])
    expect(doc.totals.map((t) => [t.label, t.value])).toEqual([
      ['Net (EUR)', '99.99'],
      ['Tax (EUR)', '10.00'],
      ['Total (EUR)', '109.99'],
      ['Paid (EUR)', '50.00'],
      ['Balance due (EUR)', '59.99'],
      ['Total in USD', '119.06'],
    ])

    // The PDF's own text, read through its fonts' Unicode maps.
    const runs = pdfTextRuns(await printPdf(ctx, { kind: 'invoice', number: invoice.number }))
    for (const text of ['Exchange rate', '1 EUR = 1.0825 USD', 'Total (EUR)', '109.99'])
      expect(runs).toContain(text)
    expect(runs).toContain('Total in USD')
    expect(runs).toContain('119.06')
  })

  it("uses the document currency's minor-unit digits, not the company's", async () => {
    const ctx = await tempCompany()
    const { customer, product } = salesSetup(ctx)
    const invoice = postInvoice(
      ctx,
      customer.id,
      '2024-03-01',
      [{ productId: product.id, quantity: 1000n, unitPrice: 1234n, taxCodeId: null }],
      { currency: 'KWD', rate: 3_250_000_000n },
    )
    const doc = printableFor(ctx, { kind: 'invoice', number: invoice.number })
    // 1.234 KWD at 3.25 = 4.0105 -> 4.01 USD.
    expect(doc.rows[0]!.slice(2)).toEqual(['1.234', '0.000', '1.234'])
    expect(doc.totals.at(-1)).toEqual({ label: 'Total in USD', value: '4.01' })
    expect(doc.dates).toContainEqual({ label: 'Exchange rate', value: '1 KWD = 3.25 USD' })
  })

  it('prints a EUR receipt in EUR, with the rate it was paid at and what came in USD', async () => {
    const { ctx, payment, invoice } = await euroInvoice()
    const receipt = printableFor(ctx, { kind: 'receipt', number: payment.number })
    expect(receipt.dates).toContainEqual({ label: 'Exchange rate', value: '1 EUR = 1.12 USD' })
    expect(receipt.rows).toEqual([[invoice.number, 'Mar 1, 2024', '50.00']])
    expect(receipt.totals).toEqual([
      { label: 'Amount received (EUR)', value: '50.00', emphasis: true },
      { label: 'Total in USD', value: '56.00' },
    ])
  })
})
