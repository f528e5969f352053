import { describe, expect, it } from 'vitest'
import { en } from '../../src/renderer/i18n/en'
import { IMPORT_KIND_ORDER, IMPORT_KINDS } from '../../src/renderer/imports/import-kinds'
import { parseRoute, routeHref, type Route } from '../../src/renderer/routing/routes'
import { documentFormWords } from '../../src/renderer/sales/invoices/document-form-words'
import { isPurchaseMode } from '../../src/renderer/sales/invoices/use-invoice-form'
import {
  editedLine,
  followPriceList,
  groupPriceFor,
} from '../../src/renderer/sales/price-lists/group-price'
import { pricesOf, rowsOf } from '../../src/renderer/sales/price-lists/price-rows'
import { blankInvoiceLine } from '../../src/renderer/sales/invoices/invoice-draft'
import type { GroupPrice } from '../../src/shared/domain/price-lists'

const price = (productId: string, minQuantity: bigint, value: bigint): GroupPrice => ({
  productId,
  productCode: productId,
  productName: productId,
  minQuantity,
  price: value,
})
const PRICES = [price('W1', 0n, 9000n), price('W1', 10_000n, 8000n), price('G1', 5_000n, 100n)]
const rules = { decimals: 2, locale: 'en' }

describe('price lists on screen', () => {
  it('picks the price of the largest minimum the quantity reaches, as the engine does', () => {
    expect(groupPriceFor(PRICES, 'W1', 1_000n)).toBe(9000n)
    expect(groupPriceFor(PRICES, 'W1', 10_000n)).toBe(8000n)
    expect(groupPriceFor(PRICES, 'G1', 4_999n)).toBeUndefined()
    expect(groupPriceFor(PRICES, 'X', 1_000n)).toBeUndefined()
  })

  it("prices a line from its product at the customer's group price, else the product's", () => {
    const line = {
      ...blankInvoiceLine('k'),
      productId: 'W1',
      quantity: '12',
      unitPrice: '100.00',
      listPrice: 10000n,
    }
    expect(followPriceList(line, PRICES, rules).unitPrice).toBe('80.00')
    expect(followPriceList({ ...line, quantity: '1' }, PRICES, rules).unitPrice).toBe('90.00')
    expect(followPriceList({ ...line, productId: 'X' }, PRICES, rules).unitPrice).toBe('100.00')
    expect(followPriceList({ ...line, unitPrice: '80.00' }, [], rules).unitPrice).toBe('100.00')
    expect(followPriceList(line, [], rules)).toBe(line)
  })

  it('reprices a line when its quantity crosses a break, unless its price was typed by hand', () => {
    const picked = followPriceList(
      { ...blankInvoiceLine('k'), productId: 'W1', quantity: '1', listPrice: 10000n },
      PRICES,
      rules,
    )
    expect(picked.unitPrice).toBe('90.00')
    const more = editedLine(picked, { quantity: '10' }, PRICES, rules)
    expect(more.unitPrice).toBe('80.00')
    expect(editedLine(more, { quantity: '2' }, PRICES, rules).unitPrice).toBe('90.00')
    const typed = editedLine(more, { unitPrice: '75.00' }, PRICES, rules)
    expect(typed.listPrice).toBeUndefined()
    expect(editedLine(typed, { quantity: '1' }, PRICES, rules).unitPrice).toBe('75.00')
    // Another customer, without a group: back to the product's own price; the typed one stays.
    expect(followPriceList(more, [], rules).unitPrice).toBe('100.00')
    expect(followPriceList(typed, [], rules)).toBe(typed)
    // A bill or a foreign-currency document does not follow the list at all.
    expect(editedLine(picked, { quantity: '10' }, null, rules).unitPrice).toBe('90.00')
  })

  it('reads the price rows as typed, naming the first row that does not read', () => {
    const rows = rowsOf(PRICES.slice(0, 2), 2)
    expect(rows.map((row) => [row.minQuantity, row.price])).toEqual([
      ['', '90.00'],
      ['10', '80.00'],
    ])
    expect(pricesOf(rows, rules)).toEqual({
      ok: true,
      prices: [
        { productId: 'W1', minQuantity: 0n, price: 9000n },
        { productId: 'W1', minQuantity: 10_000n, price: 8000n },
      ],
    })
    expect(pricesOf([{ ...rows[0]!, price: '' }], rules)).toEqual({
      ok: false,
      key: rows[0]!.key,
      field: 'price',
    })
    expect(pricesOf([{ ...rows[1]!, productId: '' }], rules)).toMatchObject({ field: 'productId' })
    expect(pricesOf([{ ...rows[1]!, minQuantity: '-1' }], rules)).toMatchObject({
      field: 'minQuantity',
    })
  })
})

describe('orders on screen', () => {
  const routes: Route[] = [
    { page: 'price-lists' },
    { page: 'price-list', id: 'G 1' },
    { page: 'sales-order-new', draft: 'D1', contact: 'C1' },
    { page: 'purchase-orders', contact: 'S1' },
    { page: 'purchase-order', id: 'P/1' },
    { page: 'purchase-order-new', contact: 'S1' },
    { page: 'supplier-payments' },
    { page: 'debit-notes', search: 'DN-A' },
    { page: 'import', kind: 'invoices' },
  ]

  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route)
  })

  it('keeps the new-order screens apart from one order', () => {
    expect(parseRoute('#/sales/orders/new')).toEqual({ page: 'sales-order-new' })
    expect(parseRoute('#/purchases/orders/new')).toEqual({ page: 'purchase-order-new' })
    expect(parseRoute('#/purchases/orders/P9')).toEqual({ page: 'purchase-order', id: 'P9' })
    expect(parseRoute('#/import?kind=payroll')).toEqual({ page: 'import' })
  })

  it('issues orders from the document form and opens them on their own page', () => {
    expect(isPurchaseMode({ kind: 'purchase_order' })).toBe(true)
    expect(isPurchaseMode({ kind: 'sales_order' })).toBe(false)
    expect(documentFormWords({ kind: 'sales_order' }).route('S1')).toEqual({
      page: 'sales-order',
      id: 'S1',
    })
    expect(documentFormWords({ kind: 'purchase_order' }).route('P1')).toEqual({
      page: 'purchase-order',
      id: 'P1',
    })
    expect(documentFormWords({ kind: 'sales_order' }).post).toBe('salesOrder.issue')
    expect(documentFormWords({ kind: 'debit_note', billId: 'B1' })).toMatchObject({
      post: 'bill.postDebitNote',
      posted: 'bill.debitNotePosted',
    })
    expect(documentFormWords({ kind: 'invoice' }).route('I1')).toEqual({
      page: 'invoice',
      id: 'I1',
    })
    expect(en['quote.field.validUntil']).toBe('Valid until')
  })

  it('offers every trade import with its words in the catalog', () => {
    for (const kind of IMPORT_KIND_ORDER) {
      const info = IMPORT_KINDS[kind]
      for (const key of [info.label, info.help, info.example, info.clean, info.done])
        expect(key in en).toBe(true)
      const header = en[info.example].split('\n')[0]!.split(',')
      expect(info.columns.names.slice(0, header.length)).toEqual(header)
    }
  })
})
