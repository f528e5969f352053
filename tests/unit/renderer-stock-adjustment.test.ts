import { describe, expect, it } from 'vitest'
import { parseStockRoute, stockRouteHref } from '../../src/renderer/routing/stock-routes'
import { adjustmentReasonText } from '../../src/renderer/stock/adjustment-reason'
import {
  addScan,
  lineQuantity,
  stepLine,
  toInput,
  type ScannedItem,
} from '../../src/renderer/stock/scan-lines'
import { widget } from './stock-scan-fixtures'

const nut: ScannedItem = { ...widget, productId: 'p2', code: 'NUT', name: 'Nut' }
const word = (choice: string) => choice[0]!.toUpperCase() + choice.slice(1)

describe('stock adjustment screen', () => {
  it('has its own address', () => {
    const href = stockRouteHref({ page: 'stock-adjust' }, () => '')
    expect(href).toBe('#/stock/adjust')
    expect(parseStockRoute('/stock/adjust', new URLSearchParams())).toEqual({
      page: 'stock-adjust',
    })
  })

  it('takes stock out below zero: a scan taking out, the − button, or a typed minus', () => {
    const out = addScan([], { ...widget, factor: -1000n }, 'en', true)
    expect(out.lines[0]?.quantity).toBe('-1')
    const twice = addScan(out.lines, { ...widget, factor: -1000n }, 'en', true)
    expect(twice.lines[0]?.quantity).toBe('-2')
    const up = addScan([], widget, 'en', true)
    expect(stepLine(up.lines, up.key, -3000n, 'en', true)[0]?.quantity).toBe('-2')
    expect(lineQuantity({ ...up.lines[0]!, quantity: '-1.5' }, 'en')).toBe(-1500n)
    expect(lineQuantity({ ...up.lines[0]!, quantity: '−2' }, 'en')).toBe(-2000n)
    expect(lineQuantity({ ...up.lines[0]!, quantity: '-' }, 'en')).toBeNull()
  })

  it('sends signed quantities and typed costs on lines coming in; other screens refuse a minus', () => {
    const found = addScan([], widget, 'en', true)
    const lost = addScan(found.lines, { ...nut, factor: -2000n }, 'en', true)
    const lines = lost.lines.map((line) =>
      line.key === found.key ? { ...line, quantity: '3', unitCost: '4.50' } : line,
    )
    expect(toInput(lines, 'en', false, { decimals: 2 })).toEqual({
      ok: true,
      lines: [
        { productId: 'p1', quantity: 3000n, unitCost: 450n },
        { productId: 'p2', quantity: -2000n },
      ],
      keys: [found.key, lost.key],
    })
    const untyped = lines.map((line) => ({ ...line, unitCost: '' }))
    expect(toInput(untyped, 'en', false, { decimals: 2 })).toMatchObject({
      ok: true,
      lines: [{ productId: 'p1', quantity: 3000n }, { quantity: -2000n }],
    })
    const badCost = lines.map((line) => ({ ...line, unitCost: 'four' }))
    expect(toInput(badCost, 'en', false, { decimals: 2 })).toEqual({
      ok: false,
      key: found.key,
      problem: 'cost',
    })
    expect(toInput(lines, 'en', false)).toEqual({ ok: false, key: lost.key, problem: 'quantity' })
  })

  it('needs a reason: the chosen word with the note, or for "other" the note itself', () => {
    expect(adjustmentReasonText({ choice: 'damaged', note: '' }, word)).toBe('Damaged')
    expect(adjustmentReasonText({ choice: 'expired', note: ' lot L7 ' }, word)).toBe(
      'Expired: lot L7',
    )
    expect(adjustmentReasonText({ choice: 'other', note: 'sample for a fair' }, word)).toBe(
      'sample for a fair',
    )
    expect(adjustmentReasonText({ choice: 'other', note: '  ' }, word)).toBeNull()
    expect(adjustmentReasonText({ choice: '', note: 'broken' }, word)).toBeNull()
  })
})
