import { describe, expect, it } from 'vitest'
import { en } from '../../src/renderer/i18n/en'
import { createTranslate } from '../../src/renderer/i18n/translate'
import { parseRoute, routeHref, type Route } from '../../src/renderer/routing/routes'
import { PAYMENT_WORDS } from '../../src/renderer/sales/payments/payment-side'
import { isPurchaseMode } from '../../src/renderer/sales/invoices/use-invoice-form'
import { matchSuppliers } from '../../src/renderer/sales/sales-match'
import { paletteItems } from '../../src/renderer/shell/palette-items'
import type { Contact } from '../../src/shared/domain/sales'

describe('purchasing routes', () => {
  const routes: Route[] = [
    { page: 'suppliers' },
    { page: 'suppliers', search: 'roast' },
    { page: 'supplier', id: '0190-abc/1' },
    { page: 'supplier-new', name: 'Highland Roasters' },
    { page: 'bills', search: 'INV-881' },
    { page: 'bill-new', draft: 'D1', contact: 'C1' },
    { page: 'bill', id: 'B 1' },
    { page: 'debit-note-new', bill: 'B1' },
    { page: 'supplier-payment-new', contact: 'C1' },
    { page: 'payables-ageing', asOf: '2026-04-30' },
    { page: 'purchases-by-supplier', from: '2026-01-01', to: '2026-03-31' },
  ]

  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route)
  })

  it('keeps the new-bill and new-supplier screens apart from one bill or supplier', () => {
    expect(parseRoute('#/purchases/bills/new')).toEqual({ page: 'bill-new' })
    expect(parseRoute('#/purchases/suppliers/new')).toEqual({ page: 'supplier-new' })
    expect(parseRoute('#/purchases/bills/B9')).toEqual({ page: 'bill', id: 'B9' })
    expect(parseRoute('#/purchases/debit-notes/new').page).toBe('not-found')
  })
})

describe('purchasing words and matching', () => {
  it('gives the supplier side of the payment form its own words, all in the catalog', () => {
    const t = createTranslate('en')
    for (const side of ['customer', 'supplier'] as const)
      for (const key of Object.values(PAYMENT_WORDS[side])) expect(key in en).toBe(true)
    expect(t(PAYMENT_WORDS.supplier.amount)).toBe('Amount paid')
    expect(t(PAYMENT_WORDS.customer.amount)).toBe('Amount received')
  })

  it('tells bills and debit notes from invoices and credit notes', () => {
    expect(isPurchaseMode({ kind: 'bill' })).toBe(true)
    expect(isPurchaseMode({ kind: 'debit_note', billId: 'B1' })).toBe(true)
    expect(isPurchaseMode({ kind: 'invoice' })).toBe(false)
    expect(isPurchaseMode({ kind: 'credit_note', invoiceId: 'I1' })).toBe(false)
  })

  it('offers suppliers only, never archived ones, for the supplier field', () => {
    const contact = (name: string, patch: Partial<Contact>) => ({ name, ...patch }) as Contact
    const contacts = [
      contact('Highland Roasters', { isSupplier: true, isCustomer: false, archived: false }),
      contact('Highland Cafe', { isSupplier: false, isCustomer: true, archived: false }),
      contact('Highland Old', { isSupplier: true, isCustomer: false, archived: true }),
    ]
    expect(matchSuppliers(contacts, 'high').map((item) => item.name)).toEqual(['Highland Roasters'])
  })

  it('lets Ctrl+K reach the purchasing screens', () => {
    const t = createTranslate('en')
    const labels = paletteItems('pay', [], t).map((item) => item.label)
    expect(labels).toContain('Pay supplier')
    expect(paletteItems('payables', [], t)[0]?.route).toEqual({ page: 'payables-ageing' })
  })

  it('lets Ctrl+K open a supplier by name', () => {
    const t = createTranslate('en')
    const supplier = {
      id: 'S1',
      name: 'Highland Roasters',
      isSupplier: true,
      isCustomer: false,
      archived: false,
    } as Contact
    const found = paletteItems('highland', [], t, 12, [supplier])
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'supplier', route: { page: 'supplier', id: 'S1' } }),
    )
  })
})
