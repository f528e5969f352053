import { describe, expect, it } from 'vitest'
import type { StockLedgerLine, StockValuationRow } from '../../src/shared/domain/inventory-reports'
import { parseQuantity } from '../../src/renderer/inventory/quantity'
import {
  stockLedgerColumns,
  stockValuationColumns,
} from '../../src/renderer/inventory/reports/report-columns'
import { reportCsv } from '../../src/renderer/inventory/reports/report-table'
import { parseRoute, routeHref, type Route } from '../../src/renderer/routing/routes'

describe('inventory routes', () => {
  const routes: Route[] = [
    { page: 'items' },
    { page: 'items', category: 'cat-1' },
    { page: 'item', id: '0190-p/1' },
    { page: 'item-categories' },
    { page: 'warehouses' },
    { page: 'warehouse', id: 'w1' },
    { page: 'inventory-report', name: 'stock-valuation', asOf: '2026-03-31' },
    {
      page: 'inventory-report',
      name: 'stock-ledger',
      item: 'p1',
      warehouse: 'w1',
      from: '2026-01-01',
      to: '2026-03-31',
    },
    { page: 'inventory-report', name: 'expiring-lots', days: '14' },
  ]

  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route)
  })

  it('knows only the five reports and keeps item addresses one level deep', () => {
    expect(parseRoute('#/reports/inventory/low-stock?asOf=2026-05-01')).toMatchObject({
      page: 'inventory-report',
      name: 'low-stock',
      asOf: '2026-05-01',
    })
    expect(parseRoute('#/reports/inventory/stock-count').page).toBe('not-found')
    expect(parseRoute('#/inventory/items/a/b').page).toBe('not-found')
  })
})

describe('inventory report CSV', () => {
  const row: StockValuationRow = {
    productId: 'p1',
    code: 'TEA',
    name: 'Green tea, loose "premium"',
    unit: 'pcs',
    valuation: 'fifo',
    quantity: 24_500n,
    value: 7_350n,
    unitCost: 300n,
  }

  it('writes the CLI column keys, quantities in units and money in the currency digits', () => {
    expect(reportCsv(stockValuationColumns, [row], 2)).toBe(
      'code,name,unit,valuation,quantity,unitCost,value\r\n' +
        'TEA,"Green tea, loose ""premium""",pcs,fifo,24.500,3.00,73.50\r\n',
    )
  })

  it('splits a stock card line into in or out and leaves an unknown balance value empty', () => {
    const line: StockLedgerLine = {
      moveId: 'm1',
      date: '2026-02-03',
      documentId: 'd1',
      documentNumber: 'DO-A-000001',
      documentType: 'delivery',
      kind: 'out',
      warehouseCode: 'MAIN',
      counterpart: 'Acme',
      lotNumber: null,
      binCode: null,
      quantity: -2_000n,
      value: -600n,
      runningQuantity: 10_000n,
      runningValue: null,
    }
    expect(reportCsv(stockLedgerColumns, [line], 0).split('\r\n')[1]).toBe(
      '2026-02-03,DO-A-000001,out,MAIN,Acme,,,2.000,-600,10.000,',
    )
  })
})

describe('typed quantities', () => {
  it('reads thousandths, blank as zero, and refuses what is not a quantity', () => {
    expect(parseQuantity('12', 'en-US')).toBe(12_000n)
    expect(parseQuantity('1.25', 'en-US')).toBe(1_250n)
    expect(parseQuantity('', 'en-US')).toBe(0n)
    expect(parseQuantity('1.2345', 'en-US')).toBeNull()
    expect(parseQuantity('-1', 'en-US')).toBeNull()
    expect(parseQuantity('abc', 'en-US')).toBeNull()
  })
})
