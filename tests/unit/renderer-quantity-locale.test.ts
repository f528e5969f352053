import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { I18nProvider } from '../../src/renderer/i18n/i18n-context'
import { stockSummaryColumns } from '../../src/renderer/inventory/reports/report-columns'
import { reportCsv, ReportTable } from '../../src/renderer/inventory/reports/report-table'
import { DocumentLines } from '../../src/renderer/sales/document-detail/document-lines'
import { lineColumns } from '../../src/renderer/sales/document-detail/line-columns'
import { chosenQuantities, OrderProgress } from '../../src/renderer/sales/flow/order-progress'
import { quantityText } from '../../src/renderer/sales/sales-numbers'
import { StockDocumentLines } from '../../src/renderer/stock/stock-document-lines'
import {
  addScan,
  lineQuantity,
  linesFromDocument,
  stepLine,
  toInput,
} from '../../src/renderer/stock/scan-lines'
import { StockLines } from '../../src/renderer/stock/stock-lines'
import type { StockDocument } from '../../src/shared/domain/inventory'
import type { StockSummaryRow } from '../../src/shared/domain/inventory-reports'
import type { DocumentLine, SalesDocument } from '../../src/shared/domain/sales'
import type { SalesOrder } from '../../src/shared/domain/sales-flow'
import { countLine, widget } from './stock-scan-fixtures'

/** The screen as a company in `locale` sees it. */
const render = (locale: string, element: ReactElement) =>
  renderToStaticMarkup(createElement(I18nProvider, { locale, decimals: 0, children: element }))

/** The text of each cell marked `attribute="value"`. */
const cells = (html: string, attribute: string) =>
  [...html.matchAll(new RegExp(`<td[^>]*${attribute}[^>]*>(.*?)</td>`, 'g'))].map((m) => m[1])

const LRM = '\u200e'

const countFields = {
  lineNo: 1,
  productId: 'p1',
  productCode: 'TEA',
  productName: 'Tea',
  unit: 'kg',
}

describe("a Persian company's quantities", () => {
  it("are written in a document's lines as its money is", () => {
    const line: DocumentLine = {
      lineNo: 1,
      productId: null,
      description: 'Tea',
      quantity: 1500n,
      unitPrice: 120_000n,
      taxCodeId: null,
      accountId: 'a',
      net: 180_000n,
      tax: 0n,
      gross: 180_000n,
    }
    const doc = { lines: [line], net: 180_000n } as SalesDocument
    const lines = (locale: string) =>
      render(
        locale,
        createElement(DocumentLines, {
          doc,
          columns: [lineColumns.quantity('Qty'), lineColumns.amount('net', 'Net')],
          totalsLabel: 'Total',
        }),
      )
    const persian = lines('fa')
    expect(persian).toContain('<td class="end">۱٫۵</td>')
    expect(persian).toContain('۱۸۰٬۰۰۰')
    expect(lines('en')).toContain('<td class="end">1.5</td>')
  })

  it("are written in an order's progress, and what it fills in reads back", () => {
    const order = {
      progress: [
        { lineNo: 1, description: 'Tea', ordered: 3000n, invoiced: 1250n, remaining: 1750n },
      ],
    } as Pick<SalesOrder, 'progress'>
    const html = render(
      'fa',
      createElement(OrderProgress, {
        order,
        editable: true,
        typed: {},
        badLine: null,
        onType: () => {},
      }),
    )
    expect(html).toContain('<td class="end">۳</td>')
    expect(cells(html, 'data-col="invoiced"')).toEqual(['۱٫۲۵'])
    expect(cells(html, 'data-col="remaining"')).toEqual(['۱٫۷۵'])
    expect(html).toContain('value="۱٫۷۵"')
    expect(chosenQuantities(order, { 1: '۱٫۷۵' }, 'fa')).toEqual({
      ok: true,
      lines: [{ lineNo: 1, quantity: 1750n }],
    })
  })

  it("are written in a posted count's lines: expected, counted, variance and on hand", () => {
    const line = countLine({ ...countFields, quantity: 12_500n, expectedQuantity: 10_000n })
    const document = { type: 'count', lines: [line] } as unknown as StockDocument
    const html = render(
      'fa',
      createElement(StockDocumentLines, {
        document,
        onHand: new Map([['p1', { onHand: 12_500n, available: 12_000n }]]),
        warehouseCode: 'MAIN',
      }),
    )
    expect(html).toContain('<td class="end num">۱۰</td>')
    expect(cells(html, 'data-testid="quantity"')).toEqual(['۱۲٫۵'])
    expect(cells(html, 'data-testid="variance"')).toEqual(['۲٫۵'])
    expect(cells(html, 'data-testid="on-hand"')).toEqual(['۱۲٫۵'])
  })

  it("are written on a clerk's count sheet, the variance signed where Persian puts its sign", () => {
    const sheet = (locale: string, quantity: string) =>
      render(
        locale,
        createElement(StockLines, {
          mode: 'count',
          lines: [
            {
              key: 'k1',
              productId: 'p1',
              code: 'TEA',
              name: 'Tea',
              unit: 'kg',
              lotTracked: false,
              quantity,
              expected: 10_000n,
              sourceLineNo: null,
              lotNumber: '',
              lotExpiry: '',
              binId: null,
            },
          ],
          errors: new Map(),
          lastKey: null,
          levels: new Map([['p1', { onHand: 10_000n, available: 9_500n }]]),
          onChange: () => {},
          onStep: () => {},
          onRemove: () => {},
          onDone: () => {},
        }),
      )
    const persian = sheet('fa', '۱۲')
    expect(cells(persian, 'data-testid="on-hand"')).toEqual(['۱۰'])
    expect(persian).toContain('<td class="end num">۹٫۵</td>')
    expect(cells(persian, 'data-testid="expected"')).toEqual(['۱۰'])
    expect(cells(persian, 'data-testid="variance"')).toEqual([`${LRM}+۲`])
    expect(cells(sheet('fa', '8.5'), 'data-testid="variance"')).toEqual([`${LRM}−۱٫۵`])
    expect(cells(sheet('en', '12'), 'data-testid="variance"')).toEqual(['+2'])
    expect(cells(sheet('en', '10'), 'data-testid="variance"')).toEqual(['0'])
  })

  it('are written in stock reports on screen, while the CSV keeps plain decimals', () => {
    const row: StockSummaryRow = {
      productId: 'p1',
      code: 'TEA',
      name: 'Tea',
      unit: 'kg',
      onHand: 2500n,
      reserved: 0n,
      available: 2500n,
      value: 50_000n,
      warehouses: [
        { warehouseId: 'w1', warehouseCode: 'MAIN', onHand: 2000n, value: 40_000n },
        { warehouseId: 'w2', warehouseCode: 'SHOP', onHand: 500n, value: 10_000n },
      ],
    }
    const columns = stockSummaryColumns(false)
    const html = render(
      'fa',
      createElement(ReportTable<StockSummaryRow>, {
        label: 'Stock',
        columns,
        rows: [row],
        rowKey: (r) => r.productId,
      }),
    )
    expect(cells(html, 'data-column="onHand"')).toEqual(['۲٫۵'])
    expect(cells(html, 'data-column="warehouses"')).toEqual(['MAIN ۲ · SHOP ۰٫۵'])
    const csv = reportCsv(columns, [row], 0)
    expect(csv).toContain('2.500')
    expect(csv).toContain('MAIN 2 · SHOP 0.5')
  })

  it("fill a clerk's lines in Persian digits as scans and steps count, read back to the engine", () => {
    const first = addScan([], widget, 'fa')
    expect(first.lines[0]?.quantity).toBe('۱')
    const box = addScan(first.lines, { ...widget, factor: 12_000n }, 'fa').lines
    expect(box[0]?.quantity).toBe('۱۳')
    // An adjustment taking stock out: below zero, with the mark Persian puts before the sign.
    const out = stepLine(box, first.key, -14_500n, 'fa', true)
    expect(out[0]?.quantity).toBe(`${LRM}−۱٫۵`)
    expect(lineQuantity(out[0]!, 'fa')).toBe(-1500n)
    expect(toInput(out, 'fa', false, { decimals: 0 })).toMatchObject({
      ok: true,
      lines: [{ productId: 'p1', quantity: -1500n }],
    })
    // Latin digits typed into a Persian company's line still count.
    expect(lineQuantity({ ...out[0]!, quantity: '2.5' }, 'fa')).toBe(2500n)
    const sheet = linesFromDocument(
      [countLine({ ...countFields, quantity: 7_250n, expectedQuantity: 8_000n })],
      () => undefined,
      'fa',
    )
    expect(sheet[0]?.quantity).toBe('۷٫۲۵')
  })

  it('signs a quantity only when asked, in the Latin digits of an English company', () => {
    expect(quantityText(2000n, 'en', true)).toBe('+2')
    expect(quantityText(-1500n, 'en', true)).toBe('-1.5')
    expect(quantityText(0n, 'en', true)).toBe('0')
    expect(quantityText(2000n, 'en')).toBe('2')
  })
})
