import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from '../../src/renderer/routing/routes'
import { buildInvoiceInput, invoiceTotals } from '../../src/renderer/sales/invoices/invoice-draft'
import { nextInvoiceField } from '../../src/renderer/sales/invoices/invoice-navigation'
import { paymentStatus } from '../../src/renderer/sales/invoices/payment-status'
import { allocateOldestFirst, openInvoicesOf } from '../../src/renderer/sales/payments/allocation'
import { parseBuckets } from '../../src/renderer/sales/receivables/receivables-ageing'
import {
  parseDecimal,
  parseRate,
  QUANTITY_DECIMALS,
  quantityText,
} from '../../src/renderer/sales/sales-numbers'
import type { SalesDocument } from '../../src/shared/domain/sales'
import { formatMoney } from '../../src/shared/money'
import { invoiceDraft, vat } from './sales-draft-fixtures'

const rules = { decimals: 2, locale: 'en' }

describe('the invoice draft', () => {
  it('totals lines as typed, quantities to 3 decimals', () => {
    const lines = invoiceDraft([
      { productId: 'p', productText: 'P1', quantity: '1.5', unitPrice: '10', taxCodeId: 'vat' },
      { productId: 'p', productText: 'P1', quantity: '2', unitPrice: 'x' },
    ]).lines
    const totals = invoiceTotals(lines, new Map([['vat', vat]]), 'line', rules)
    expect(totals.lines[0]).toEqual({ net: 1500n, tax: 150n, gross: 1650n })
    expect(totals.total).toEqual({ net: 1500n, tax: 150n, gross: 1650n })
  })

  it('builds the input, dropping blank lines, or names every field at fault', () => {
    const good = buildInvoiceInput(
      invoiceDraft([
        { productId: 'p', productText: 'P1', quantity: '1,234.5', unitPrice: '2' },
        {},
      ]),
      rules,
    )
    expect(good.ok && good.input.lines).toEqual([
      { productId: 'p', quantity: 1234500n, unitPrice: 200n, taxCodeId: null },
    ])
    const bad = buildInvoiceInput(
      {
        ...invoiceDraft([{ productText: 'nope', quantity: '1.2345', unitPrice: '1.234' }]),
        contactId: '',
      },
      rules,
    )
    expect(bad.ok ? null : bad.problems).toEqual({
      contactId: 'customer',
      'lines.k0.product': 'product',
      'lines.k0.quantity': 'quantity',
      'lines.k0.unitPrice': 'price-too-many-decimals',
    })
    const empty = buildInvoiceInput(invoiceDraft([{}]), rules)
    expect(empty.ok ? null : empty.problems).toEqual({ lines: 'no-lines' })
  })

  it('moves Enter through the header, then product, quantity and price of each line', () => {
    const d = invoiceDraft([{}, {}])
    expect(nextInvoiceField('contactId', d)).toBe('date')
    expect(nextInvoiceField('memo', d)).toBe('lines.k0.product')
    expect(nextInvoiceField('lines.k0.product', d)).toBe('lines.k0.quantity')
    expect(nextInvoiceField('lines.k0.unitPrice', d)).toBe('lines.k1.product')
    expect(nextInvoiceField('lines.k1.unitPrice', d)).toBe('new-line')
  })
})

function invoice(id: string, dueDate: string, gross: bigint, outstanding: bigint): SalesDocument {
  return {
    id,
    type: 'invoice',
    number: `INV-${id}`,
    contactId: 'c',
    contactName: 'C',
    date: '2026-01-01',
    dueDate,
    currency: 'USD',
    status: 'posted',
    sourceDocumentId: null,
    journalEntryId: 'j',
    cancelEntryId: null,
    reference: '',
    memo: '',
    net: gross,
    tax: 0n,
    gross,
    outstanding,
    lines: [],
  }
}

describe('payments', () => {
  it('allocates oldest due first and returns what is left over', () => {
    const open = openInvoicesOf([
      invoice('b', '2026-03-01', 500n, 500n),
      invoice('a', '2026-02-01', 300n, 200n),
      invoice('c', '2026-01-01', 100n, 0n),
    ])
    expect(open.map((item) => item.id)).toEqual(['a', 'b'])
    expect(allocateOldestFirst(open, 450n)).toEqual({ amounts: [200n, 250n], left: 0n })
    expect(allocateOldestFirst(open, 800n)).toEqual({ amounts: [200n, 500n], left: 100n })
  })

  it('names how an invoice stands', () => {
    expect(paymentStatus(invoice('a', '2026-02-01', 300n, 300n), '2026-01-15')).toBe('unpaid')
    expect(paymentStatus(invoice('a', '2026-02-01', 300n, 100n), '2026-01-15')).toBe('partial')
    expect(paymentStatus(invoice('a', '2026-02-01', 300n, 100n), '2026-02-02')).toBe('overdue')
    expect(paymentStatus(invoice('a', '2026-02-01', 300n, 0n), '2026-02-02')).toBe('paid')
  })
})

describe('sales screens', () => {
  const routes: Route[] = [
    { page: 'customers', search: 'acme' },
    { page: 'contact', id: '0190-a/b' },
    { page: 'contact-new', name: 'New Co' },
    { page: 'products' },
    { page: 'tax-codes' },
    { page: 'invoices' },
    { page: 'invoice-new', draft: 'd1', contact: 'c1' },
    { page: 'invoice', id: 'i1' },
    { page: 'credit-note-new', invoice: 'i1' },
    { page: 'payment-new', contact: 'c1' },
    { page: 'receivables-ageing', asOf: '2026-06-30' },
  ]
  it.each(routes)('round-trips %o', (route) => {
    const parsed = parseRoute(routeHref(route))
    const defined = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))
    expect(defined).toEqual(route)
  })

  it('shows quantities in the digits money is shown in, and reads them back', () => {
    // A Persian company's money has Persian digits; its quantities must too.
    expect(formatMoney(1500n, 0, 'fa')).toBe('۱٬۵۰۰')
    expect(quantityText(1500n, 'fa')).toBe('۱٫۵')
    expect(quantityText(12_000n, 'fa')).toBe('۱۲')
    expect(quantityText(2500n, 'vi')).toBe('2,5')
    expect(parseDecimal(quantityText(1_250n, 'fa'), QUANTITY_DECIMALS, 'fa')).toEqual({
      ok: true,
      value: 1_250n,
    })
  })

  it('reads numbers people type', () => {
    expect(quantityText(1500n)).toBe('1.5')
    expect(quantityText(2000n)).toBe('2')
    expect(quantityText(12_345_000n, 'en')).toBe('12345')
    expect(parseRate('7.25', 'en')).toBe(725)
    expect(parseRate('7.255', 'en')).toBeNull()
    expect(parseBuckets('30, 60,90')).toEqual([30, 60, 90])
    expect(parseBuckets('60, 30')).toBeNull()
  })
})
