import { describe, expect, it } from 'vitest'
import {
  documentCurrencyInput,
  documentDecimals,
  foreignRateText,
  readRateInput,
} from '../../src/renderer/sales/currency/document-currency'
import {
  blankInvoiceLine,
  buildInvoiceInput,
  withProduct,
} from '../../src/renderer/sales/invoices/invoice-draft'
import type { Product } from '../../src/shared/domain/sales'
import { invoiceDraft } from './sales-draft-fixtures'

const draft = invoiceDraft([{ productId: 'p', productText: 'P', quantity: '2', unitPrice: '1500' }])

describe("a document's currency on the forms", () => {
  it('sends nothing in the company currency, and the code with the exact rate in another', () => {
    expect(documentCurrencyInput({ currency: 'USD', rate: '' }, 'USD', 'en')).toEqual({
      ok: true,
      input: {},
    })
    expect(documentCurrencyInput({ currency: 'VND', rate: '0.0000395' }, 'USD', 'en')).toEqual({
      ok: true,
      input: { currency: 'VND', rate: 39_500n },
    })
    expect(documentCurrencyInput({ currency: 'USD', rate: '25,350.5' }, 'VND', 'en')).toEqual({
      ok: true,
      input: { currency: 'USD', rate: 25_350_500_000_000n },
    })
    expect(documentCurrencyInput({ currency: 'EUR', rate: ' ' }, 'USD', 'en')).toEqual({
      ok: false,
      problem: 'rate-missing',
    })
    expect(readRateInput('1,2,3.4.5', 'en')).toEqual({ ok: false, problem: 'rate-not-a-number' })
    expect(readRateInput('0', 'en')).toEqual({ ok: false, problem: 'rate-not-positive' })
  })

  it('builds a foreign invoice with prices in its own digits, or says the rate is missing', () => {
    const yen = { locale: 'en', baseCurrency: 'USD', currency: 'JPY', rate: '0.0068' }
    const built = buildInvoiceInput(draft, { ...yen, decimals: documentDecimals(yen, 2) })
    expect(built).toMatchObject({
      ok: true,
      input: { currency: 'JPY', rate: 6_800_000n, lines: [{ quantity: 2000n, unitPrice: 1500n }] },
    })
    expect(buildInvoiceInput(draft, { ...yen, rate: '', decimals: 0 })).toEqual({
      ok: false,
      problems: { rate: 'rate-missing' },
    })
    expect(
      buildInvoiceInput(draft, { locale: 'en', baseCurrency: 'USD', currency: 'USD', decimals: 2 }),
    ).toMatchObject({ ok: true, input: { lines: [{ unitPrice: 150000n }] } })
  })

  it("leaves a foreign line's price to be typed: product prices are in the company's currency", () => {
    const product = {
      id: 'p',
      code: 'W1',
      name: 'Widget',
      salesPrice: 10000n,
      taxCodeId: null,
      incomeAccountId: 'a',
    } as unknown as Product
    const line = blankInvoiceLine('k')
    const rules = { decimals: 2, locale: 'en', baseCurrency: 'USD' }
    expect(withProduct(line, product, { ...rules, currency: 'USD' }, 'Sales').unitPrice).toBe(
      '100.00',
    )
    expect(withProduct(line, product, { ...rules, currency: 'EUR' }, 'Sales').unitPrice).toBe('')
  })

  it("shows a saved document's rate in the locale's decimal sign", () => {
    expect(foreignRateText({ currency: 'EUR', rate: 1_082_500_000n }, 'USD', 'de')).toBe('1,0825')
    expect(foreignRateText({ currency: 'USD', rate: 1_000_000_000n }, 'USD', 'en')).toBe('')
  })
})
