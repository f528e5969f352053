import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { printableFor, printPdf } from '../../src/main/engine/sales-print/print-document'
import { setPrintDetails } from '../../src/main/engine/sales-print/print-details'
import { saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { issueDocument } from '../../src/main/engine/sales/issue-document'
import { receivePayment } from '../../src/main/engine/sales/payments'
import { postCreditNote, postInvoice, salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { runCli } from '../fixtures/run-cli'
import { pdfPages } from '../helpers/pdf-text'

/** The PDF's text, every page's runs one a line. */
const pdfText = (bytes: Uint8Array) => pdfPages(bytes).join('\n')

/** Structure any PDF reader needs: header, trailer, pages, and the title in the info dictionary. */
function expectPdf(bytes: Uint8Array, title: string) {
  const text = Buffer.from(bytes).toString('latin1')
  expect(text.startsWith('%PDF-')).toBe(true)
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
  expect(text).toMatch(/\/Type \/Page\b/)
  expect(text).toMatch(/\/Title \d+ 0 R/)
  expect(text).toContain(`(${title})`)
}

/** An invoice of 12 widgets to a customer with an address, 500.00 of it paid. */
async function invoicedCompany(locale = 'en') {
  const ctx = await tempCompany({ locale })
  const { product, bank } = salesSetup(ctx)
  setPrintDetails(ctx, {
    address: '1 Market Street\nSpringfield',
    taxId: 'GB123456789',
    footer: 'Bank: Example Bank 12-34-56',
  })
  const customer = createContact(ctx, {
    name: 'Brightside Bakery',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    taxId: 'BB-42',
    paymentTermsDays: 30,
    addresses: [{ line1: '9 Mill Lane', city: 'Shelbyville', postalCode: 'SH1 2AB' }],
  })
  const invoice = postInvoice(ctx, customer.id, '2024-07-01', [
    { productId: product.id, quantity: 12_000n, description: 'Widget, large' },
  ])
  const payment = receivePayment(ctx, {
    contactId: customer.id,
    date: '2024-07-05',
    accountId: bank,
    amount: 50000n,
    allocations: [{ documentId: invoice.id, amount: 50000n }],
  })
  return { ctx, customer, product, invoice, payment }
}

describe('printing sales documents', () => {
  it('builds an invoice view model in the company locale with payment status and balance', async () => {
    const { ctx, invoice } = await invoicedCompany()
    const doc = printableFor(ctx, { kind: 'invoice', number: invoice.number })
    expect(doc).toMatchObject({
      title: 'Invoice',
      number: 'INV-A-000001',
      issuer: {
        name: 'Test Shop',
        addressLines: ['1 Market Street', 'Springfield'],
        taxId: 'GB123456789',
      },
      recipient: {
        name: 'Brightside Bakery',
        addressLines: ['9 Mill Lane', 'SH1 2AB Shelbyville'],
        taxId: 'BB-42',
      },
      footer: 'Bank: Example Bank 12-34-56',
      direction: 'ltr',
      issuedAt: '2024-07-01',
    })
    expect(doc.dates).toEqual([
      { label: 'Date', value: 'Jul 1, 2024' },
      { label: 'Due date', value: 'Jul 31, 2024' },
      { label: 'Status', value: 'Partly paid' },
    ])
    expect(doc.columns.map((c) => c.label)).toEqual([
      'Description',
      'Quantity',
      'Unit price',
      'Tax',
      'Amount',
    ])
    expect(doc.rows).toEqual([['Widget, large', '12', '100.00', '120.00', '1,200.00']])
    expect(doc.totals.map((t) => [t.label, t.value])).toEqual([
      ['Net', '1,200.00'],
      ['Tax', '120.00'],
      ['Total', '1,320.00'],
      ['Paid', '500.00'],
      ['Balance due', '820.00'],
    ])
  })

  it('formats money, quantities and dates by the company locale', async () => {
    const { ctx, invoice } = await invoicedCompany('de-DE')
    const doc = printableFor(ctx, { kind: 'invoice', number: invoice.number })
    expect(doc.rows[0]).toEqual(['Widget, large', '12', '100,00', '120,00', '1.200,00'])
    expect(doc.dates[0]!.value).toBe('1. Juli 2024')
  })

  it('prints quotes, credit notes and receipts; refuses drafts and unknown numbers', async () => {
    const { ctx, customer, product, invoice, payment } = await invoicedCompany()
    const quote = saveDocumentDraft(ctx, 'quote', {
      contactId: customer.id,
      date: '2024-06-20',
      lines: [{ productId: product.id, quantity: 2_500n }],
    })
    expect(() => printableFor(ctx, { kind: 'quote', id: quote.id })).toThrow(/draft has no number/)
    const number = issueDocument(ctx, quote.id, 'quote')
    const printedQuote = printableFor(ctx, { kind: 'quote', number })
    expect(printedQuote.title).toBe('Quote')
    expect(printedQuote.dates.map((d) => d.label)).toEqual(['Date', 'Valid until'])
    expect(printedQuote.rows[0]!.slice(1)).toEqual(['2.5', '100.00', '25.00', '250.00'])

    const note = postCreditNote(ctx, invoice.id, customer.id, '2024-07-06', [
      { productId: product.id, quantity: 1_000n },
    ])
    const printedNote = printableFor(ctx, { kind: 'credit-note', number: note.number })
    expect(printedNote.dates).toContainEqual({ label: 'Against invoice', value: 'INV-A-000001' })
    expect(printedNote.totals.at(-1)).toMatchObject({ label: 'Total', value: '110.00' })

    const receipt = printableFor(ctx, { kind: 'receipt', number: payment.number })
    expect(receipt).toMatchObject({
      title: 'Payment receipt',
      number: 'PAY-A-000001',
      recipient: { name: 'Brightside Bakery' },
    })
    expect(receipt.dates).toContainEqual({ label: 'Paid into', value: 'Bank account' })
    expect(receipt.rows).toEqual([['INV-A-000001', 'Jul 1, 2024', '500.00']])
    expect(receipt.totals).toEqual([{ label: 'Amount received', value: '500.00', emphasis: true }])

    expect(() => printableFor(ctx, { kind: 'invoice', number: 'INV-A-999999' })).toThrow(
      /No invoice numbered INV-A-999999/,
    )
    expect(() => printableFor(ctx, { kind: 'credit-note', number: invoice.number })).toThrow(
      /No credit note/,
    )
  })

  it('renders the invoice PDF with its number, customer and total', async () => {
    const { ctx, invoice } = await invoicedCompany()
    const bytes = await printPdf(ctx, { kind: 'invoice', number: invoice.number })
    expectPdf(bytes, 'Invoice INV-A-000001')
    const text = pdfText(bytes)
    expect(text).toContain('INV-A-000001')
    expect(text).toContain('Brightside Bakery')
    expect(text).toMatch(/Total\s+1,320\.00/)
    expect(text).toMatch(/Balance due\s+820\.00/)
    expect(text).toContain('Partly paid')
  })

  it('prints from the command line: daftar print invoice NUMBER --db FILE --to FILE.pdf', async () => {
    const { ctx, invoice, payment } = await invoicedCompany()
    const db = ctx.path
    ctx.close()
    const dir = path.dirname(db)
    const run = runCli(['print', 'invoice', invoice.number, '--db', db, '--to', 'out.pdf'], dir)
    expect(run.stderr).toBe('')
    expect(run).toMatchObject({ code: 0, stdout: `${invoice.number} written to out.pdf\n` })
    const bytes = fs.readFileSync(path.join(dir, 'out.pdf'))
    expectPdf(bytes, 'Invoice INV-A-000001')
    expect(pdfText(bytes)).toContain('Brightside Bakery')

    const receipt = runCli(['print', 'receipt', payment.number, '--db', db, '--to', 'r.pdf'], dir)
    expect(receipt.code).toBe(0)
    expectPdf(fs.readFileSync(path.join(dir, 'r.pdf')), 'Payment receipt PAY-A-000001')

    const unknown = runCli(['print', 'invoice', 'INV-X', '--db', db, '--to', 'x.pdf'], dir)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('No invoice numbered INV-X')
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false)
    const badKind = runCli(['print', 'bill', 'B-1', '--db', db, '--to', 'x.pdf'], dir)
    expect(badKind.code).toBe(2)
    expect(badKind.stderr).toContain('there is no document bill to print')
  })
})
