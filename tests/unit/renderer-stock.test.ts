import { describe, expect, it } from 'vitest'
import type { StockItem } from '../../src/shared/domain/inventory-items'
import {
  parseStockRoute,
  stockRouteHref,
  type StockRoute,
} from '../../src/renderer/routing/stock-routes'
import {
  addScan,
  carryOver,
  errorLineIndex,
  lineQuantity,
  linesFromDocument,
  linesFromSource,
  stepLine,
  toInput,
  type ScannedItem,
} from '../../src/renderer/stock/scan-lines'
import { matchItems } from '../../src/renderer/stock/stock-items'
import { countLine, widget } from './stock-scan-fixtures'

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value)
  return `#${path}${query.size ? `?${query}` : ''}`
}

describe('stock routes', () => {
  const routes: StockRoute[] = [
    { page: 'stock-receive' },
    { page: 'stock-receive', source: 'po-1' },
    { page: 'stock-deliver', source: 'so/2' },
    { page: 'stock-transfer' },
    { page: 'stock-count' },
    { page: 'stock-count', id: 'sc-9' },
    { page: 'stock-documents', type: 'count' },
    { page: 'stock-doc', id: 'doc/1' },
  ]
  it.each(routes)('round-trips %o', (route) => {
    const [path = '', query = ''] = stockRouteHref(route, withQuery).slice(1).split('?')
    const parsed = parseStockRoute(path, new URLSearchParams(query)) ?? {}
    const defined = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))
    expect(defined).toEqual(route)
  })

  it('ignores a document type it does not know and paths that are not its own', () => {
    expect(parseStockRoute('/stock/documents', new URLSearchParams('type=boat'))).toEqual({
      page: 'stock-documents',
      type: undefined,
    })
    expect(parseStockRoute('/inventory/items', new URLSearchParams())).toBeNull()
  })
})

const widgetBox: ScannedItem = { ...widget, unit: 'box', factor: 12_000n }

describe('scanning lines', () => {
  it('adds a line for a new item, then raises it by the scanned unit (a box adds 12)', () => {
    const first = addScan([], widget, 'en')
    expect(first.lines).toHaveLength(1)
    expect(first.lines[0]?.quantity).toBe('1')
    const second = addScan(first.lines, widgetBox, 'en')
    expect(second.key).toBe(first.key)
    expect(second.lines).toHaveLength(1)
    expect(lineQuantity(second.lines[0]!, 'en')).toBe(13_000n)
  })

  it('fills the first source line still short before the next one of the same item', () => {
    const lines = linesFromSource(
      [
        {
          sourceLineNo: 1,
          productId: 'p1',
          productCode: 'WID',
          productName: 'Widget',
          unit: 'pcs',
          ordered: 2000n,
          done: 0n,
          remaining: 2000n,
          unitCost: 500n,
        },
        {
          sourceLineNo: 2,
          productId: 'p1',
          productCode: 'WID',
          productName: 'Widget',
          unit: 'pcs',
          ordered: 5000n,
          done: 0n,
          remaining: 5000n,
          unitCost: 500n,
        },
        {
          sourceLineNo: 3,
          productId: 'p2',
          productCode: 'NUT',
          productName: 'Nut',
          unit: 'pcs',
          ordered: 1000n,
          done: 1000n,
          remaining: 0n,
          unitCost: 10n,
        },
      ],
      () => false,
    )
    expect(lines.map((line) => line.sourceLineNo)).toEqual([1, 2])
    let current = lines
    for (let scan = 0; scan < 3; scan++) current = addScan(current, widget, 'en').lines
    expect(current.map((line) => line.quantity)).toEqual(['2', '1'])
  })

  it('carries what was scanned onto the lines of a source chosen afterwards', () => {
    const scanned = addScan(addScan([], widgetBox, 'en').lines, widget, 'en').lines
    const source = linesFromSource(
      [
        {
          sourceLineNo: 4,
          productId: 'p1',
          productCode: 'WID',
          productName: 'Widget',
          unit: 'pcs',
          ordered: 20_000n,
          done: 0n,
          remaining: 20_000n,
          unitCost: 500n,
        },
      ],
      () => false,
    )
    const carried = carryOver(source, scanned, 'en')
    expect(carried).toHaveLength(1)
    expect(carried[0]).toMatchObject({ sourceLineNo: 4, quantity: '13', expected: 20_000n })
    expect(carryOver([], scanned, 'en')[0]).toMatchObject({ quantity: '13', expected: null })
  })

  it('steps a line up and down but never below zero', () => {
    const { lines, key } = addScan([], widget, 'en')
    expect(stepLine(lines, key, -5000n, 'en')[0]?.quantity).toBe('0')
    expect(stepLine(lines, key, 1000n, 'en')[0]?.quantity).toBe('2')
  })

  it('sends the lines that move, remembers which screen line each came from', () => {
    const a = addScan([], widget, 'en')
    const b = addScan(a.lines, { ...widget, productId: 'p2', code: 'NUT', name: 'Nut' }, 'en')
    const zeroed = b.lines.map((line) => (line.key === a.key ? { ...line, quantity: '0' } : line))
    const sent = toInput(zeroed, 'en', false)
    expect(sent).toEqual({
      ok: true,
      lines: [{ productId: 'p2', quantity: 1000n }],
      keys: [b.key],
    })
    expect(toInput(zeroed, 'en', true)).toMatchObject({ ok: true, keys: [a.key, b.key] })
    const bad = zeroed.map((line) => ({ ...line, quantity: 'lots' }))
    expect(toInput(bad, 'en', true)).toEqual({ ok: false, key: a.key, problem: 'quantity' })
  })

  it('keeps a count line not counted blank: sent as not counted, a scan makes it 1', () => {
    const sheet = linesFromDocument(
      [null, 0n].map((quantity, index) =>
        countLine({
          lineNo: index + 1,
          productId: `p${index + 1}`,
          productCode: `C${index + 1}`,
          productName: `Item ${index + 1}`,
          unit: 'pcs',
          quantity,
          expectedQuantity: 4000n,
        }),
      ),
      () => undefined,
      'en',
    )
    expect(sheet.map((line) => line.quantity)).toEqual(['', '0'])
    expect(toInput(sheet, 'en', true)).toMatchObject({
      ok: true,
      lines: [
        { productId: 'p1', quantity: null },
        { productId: 'p2', quantity: 0n },
      ],
    })
    const scanned = addScan(sheet, { ...widget, productId: 'p1' }, 'en').lines
    expect(scanned.map((line) => line.quantity)).toEqual(['1', '0'])
  })

  it('reads the line an engine error names', () => {
    expect(errorLineIndex('lines.3.quantity')).toBe(3)
    expect(errorLineIndex('lines.0')).toBe(0)
    expect(errorLineIndex('date')).toBeNull()
    expect(errorLineIndex(undefined)).toBeNull()
  })
})

describe('typing an item', () => {
  const item = (code: string, name: string, archived = false) =>
    ({ product: { id: code, code, name, archived, unit: 'pcs' }, lotTracked: false }) as StockItem
  const items = [
    item('BOLT-10', 'Hex bolt 10mm'),
    item('BOLT', 'Bolt'),
    item('OLD', 'Old bolt', true),
  ]

  it('puts the exact code first, then codes that start with it and names that contain it', () => {
    expect(matchItems(items, 'bolt').map((found) => found.product.code)).toEqual([
      'BOLT',
      'BOLT-10',
    ])
    expect(matchItems(items, 'hex').map((found) => found.product.code)).toEqual(['BOLT-10'])
    expect(matchItems(items, '  ')).toEqual([])
  })
})
