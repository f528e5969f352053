import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from '../../src/renderer/routing/routes'
import {
  addProduct,
  cartQuantities,
  cartTotal,
  pickProduct,
  pricedCart,
} from '../../src/renderer/sales/cash-sale/cash-sale-cart'
import { chosenQuantities } from '../../src/renderer/sales/flow/order-progress'
import { matchProducts } from '../../src/renderer/sales/sales-match'
import type { Product } from '../../src/shared/domain/sales'
import type { SalesOrder } from '../../src/shared/domain/sales-flow'
import { vat } from './sales-draft-fixtures'

function product(code: string, name: string, salesPrice: bigint, taxCodeId: string | null = null) {
  const made: Product = {
    id: `p-${code}`,
    code,
    name,
    kind: 'stocked',
    unit: 'pc',
    salesPrice,
    purchasePrice: 0n,
    taxCodeId,
    incomeAccountId: 'income',
    expenseAccountId: 'expense',
    archived: false,
  }
  return made
}

const tea = product('TEA', 'Green tea', 450n, 'vat')
const teapot = product('TEAPOT', 'Clay teapot', 2000n)
const cup = product('CUP', 'Paper cup', 25n)

describe('the cash sale cart', () => {
  it('adds a line, then raises its quantity on the next scan', () => {
    const once = addProduct([], tea, 'en')
    expect(once.map((line) => [line.code, line.quantity])).toEqual([['TEA', '1']])
    const twice = addProduct(addProduct(once, cup, 'en'), tea, 'en')
    expect(twice.map((line) => [line.code, line.quantity])).toEqual([
      ['TEA', '2'],
      ['CUP', '1'],
    ])
  })

  it('counts a Persian cart in Persian digits, as its money is shown', () => {
    const twice = addProduct(addProduct([], tea, 'fa'), tea, 'fa')
    expect(twice.map((line) => line.quantity)).toEqual(['۲'])
    expect(cartQuantities(twice, 'fa')).toEqual({ ok: true, quantities: [2000n] })
  })

  it('picks the exact code first, the only match next, and says when there is none or several', () => {
    expect(pickProduct('tea', [teapot, tea])).toBe(tea)
    expect(pickProduct('pot', [teapot])).toBe(teapot)
    expect(pickProduct('zzz', [])).toBe('none')
    expect(pickProduct('te', [teapot, tea])).toBe('many')
  })

  it('ranks what the counter types: exact code, code prefix, name word prefix, then contains', () => {
    const catering = product('CATER', 'Coffee catering', 90000n)
    const beans = product('COF-1KG', 'Arabica beans 1kg', 2400n)
    const decaf = product('COF-DEC', 'Decaf beans', 2600n)
    const iced = product('ICE', 'Iced coffee', 400n)
    const scoffs = product('SCN', 'Scones (coffee-free)', 300n)
    const mocha = product('MOC', 'Mochacofy', 350n)
    const all = [mocha, scoffs, iced, catering, decaf, beans]
    const codes = (query: string) => matchProducts(all, query, 20).map((found) => found.code)
    expect(codes('COF')).toEqual(['COF-1KG', 'COF-DEC', 'CATER', 'ICE', 'SCN', 'MOC'])
    expect(codes('cof-dec')).toEqual(['COF-DEC'])
    expect(codes('cater')).toEqual(['CATER'])
    // An exact code beats a product whose code only starts with it.
    expect(matchProducts([teapot, tea, cup], 'TEA', 20)).toEqual([tea, teapot])
    expect(pickProduct('tea', matchProducts([teapot, tea, cup], 'tea', 20))).toBe(tea)
  })

  it('totals with tax and refuses a quantity that is not above zero', () => {
    const lines = addProduct(addProduct(addProduct([], tea, 'en'), tea, 'en'), cup, 'en')
    // 2 x 4.50 + 10% tax = 9.90, and a cup at 0.25 untaxed.
    expect(cartTotal(lines, new Map([['vat', vat]]), 'line', 'en')).toBe(1015n)
    expect(cartQuantities(lines, 'en')).toEqual({ ok: true, quantities: [2000n, 1000n] })
    const bad = lines.map((line, index) => (index === 1 ? { ...line, quantity: '0' } : line))
    expect(cartQuantities(bad, 'en')).toEqual({ ok: false, index: 1 })
  })

  it("shows the walk-in customer's group price at each line's quantity", () => {
    const prices = [
      { productId: tea.id, productCode: 'TEA', productName: '', minQuantity: 0n, price: 400n },
      { productId: tea.id, productCode: 'TEA', productName: '', minQuantity: 3_000n, price: 350n },
    ]
    const lines = addProduct(addProduct([], tea, 'en'), cup, 'en')
    expect(pricedCart(lines, prices, 'en').map((line) => line.unitPrice)).toEqual([400n, 25n])
    const three = lines.map((line, at) => (at === 0 ? { ...line, quantity: '3' } : line))
    expect(pricedCart(three, prices, 'en').map((line) => line.unitPrice)).toEqual([350n, 25n])
    expect(pricedCart(three, [], 'en')).toBe(three)
  })
})

describe('invoicing part of an order', () => {
  const order = {
    progress: [
      { lineNo: 1, description: 'Tea', ordered: 5000n, invoiced: 2000n, remaining: 3000n },
      { lineNo: 2, description: 'Cups', ordered: 1000n, invoiced: 0n, remaining: 1000n },
    ],
  } as unknown as SalesOrder

  it('takes what remains unless a quantity is typed, and leaves out zeros', () => {
    expect(chosenQuantities(order, {}, 'en')).toEqual({
      ok: true,
      lines: [
        { lineNo: 1, quantity: 3000n },
        { lineNo: 2, quantity: 1000n },
      ],
    })
    expect(chosenQuantities(order, { 1: '1.5', 2: '0' }, 'en')).toEqual({
      ok: true,
      lines: [{ lineNo: 1, quantity: 1500n }],
    })
  })

  it('names the line asked for more than remains, or not a number', () => {
    expect(chosenQuantities(order, { 1: '4' }, 'en')).toEqual({ ok: false, lineNo: 1 })
    expect(chosenQuantities(order, { 2: 'two' }, 'en')).toEqual({ ok: false, lineNo: 2 })
  })
})

describe('quote, order and cash sale addresses', () => {
  it.each<Route>([
    { page: 'cash-sale' },
    { page: 'quotes', contact: 'c1' },
    { page: 'quote-new', draft: 'd1' },
    { page: 'quote', id: 'q/1' },
    { page: 'sales-orders' },
    { page: 'sales-order', id: 'o1' },
  ])('%o survives a round trip through the hash', (route) => {
    const parsed = parseRoute(routeHref(route))
    expect(parsed).toMatchObject(route)
  })
})
