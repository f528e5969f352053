import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { importOpeningStock } from '../../src/main/engine/import/opening-stock-import'
import { createBin } from '../../src/main/engine/inventory-items/bins'
import { listLots } from '../../src/main/engine/inventory-items/lots'
import { createWarehouse } from '../../src/main/engine/inventory-items/warehouses'
import { listStockDocuments } from '../../src/main/engine/inventory/documents'
import { runInventoryReport } from '../../src/main/engine/inventory-reports/run-inventory-report'
import { runCli } from '../fixtures/run-cli'
import { tempCompany } from '../helpers/temp-company'
import { balance, mainWarehouse, onHandOf, stockItem } from './inventory-fixture'
import { expectStockRefused } from './inventory-import-fixture'

const HEADER = 'item,warehouse,quantity,unit_cost,lot,expiry,bin,date'
const csv = (header: string, ...rows: string[]) => [header, ...rows].join('\n') + '\n'

describe('opening stock import', () => {
  let ctx: CompanyContext
  let items: Record<'w1' | 'milk', { id: string }>
  beforeEach(async () => {
    ctx = await tempCompany()
    items = { w1: stockItem(ctx, 'W1'), milk: stockItem(ctx, 'MILK', { lotTracked: true }) }
    const shop = createWarehouse(ctx, { code: 'SHOP', name: 'Shop' })
    createBin(ctx, { warehouseId: shop.id, code: 'A1' })
  })
  afterEach(() => ctx.close())

  const GOOD = csv(
    HEADER,
    'W1,MAIN,10,5.00,,,,2025-01-01',
    'W1,SHOP,4,5.00,,,A1,2025-01-01',
    'MILK,MAIN,6,0.80,L7,2025-02-15,,2025-01-01',
    'MILK,main,2.5,0.80,L8,,,2025-01-01',
  )

  it('posts one opening document per warehouse and date, against opening balances', () => {
    const dry = importOpeningStock(ctx, GOOD, { dryRun: true })
    expect(dry).toEqual({
      dryRun: true,
      rows: 4,
      created: 2,
      problems: [],
      stock: { moves: 4, value: 7_680n },
    })
    expect(listStockDocuments(ctx, {})).toEqual([])

    expect(importOpeningStock(ctx, GOOD)).toEqual({
      dryRun: false,
      rows: 4,
      created: 2,
      problems: [],
      stock: { moves: 4, value: 7_680n },
    })
    const documents = listStockDocuments(ctx, { type: 'opening' })
    expect(documents.map((d) => [d.warehouseCode, d.date, d.status, d.lineCount])).toEqual(
      expect.arrayContaining([
        ['MAIN', '2025-01-01', 'posted', 3],
        ['SHOP', '2025-01-01', 'posted', 1],
      ]),
    )
    expect(onHandOf(ctx, items.w1.id, mainWarehouse(ctx))).toBe(10_000n)
    expect(onHandOf(ctx, items.w1.id)).toBe(14_000n)
    expect(listLots(ctx, items.milk.id).map((l) => [l.number, l.expiryDate, l.onHand])).toEqual([
      ['L7', '2025-02-15', 6_000n],
      ['L8', null, 2_500n],
    ])
    // 14 x 5.00 + 8.5 x 0.80: inventory against opening balances.
    expect(balance(ctx, '1300')).toBe(7_680n)
    expect(balance(ctx, '3900')).toBe(-7_680n)
    const valuation = runInventoryReport(ctx, 'stock-valuation', { asOf: '2025-01-01' })
    expect(valuation.totals.value).toBe(7_680n)
  })

  it('lists every bad line and field, and a dry run of it changes nothing', () => {
    const file = csv(
      'item,warehouse,quantity,unit_cost,lot,expiry,bin',
      'W1,MAIN,10,5,,,',
      'NOPE,MAIN,1,1,,,',
      'W1,ATTIC,0,,,,',
      'MILK,MAIN,1,1,,2025-13-01,',
      'W1,SHOP,1,1.234,L1,,B9',
    )
    const problems = expectStockRefused(ctx, (c) => importOpeningStock(c, file, { dryRun: true }))
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'item', 'No stocked item has the code NOPE'],
      [4, 'warehouse', 'No warehouse has the code ATTIC'],
      [4, 'quantity', 'The quantity must be more than zero, not 0'],
      [4, 'unit_cost', 'The unit cost is required (0 for stock that cost nothing)'],
      [5, 'lot', 'MILK is tracked by lot: give the lot number'],
      [5, 'expiry', '2025-13-01 is not a real date (YYYY-MM-DD)'],
      [5, 'expiry', 'An expiry date belongs to a lot: give the lot'],
      [6, 'unit_cost', '1.234 has more than 2 decimals, the most this currency has'],
      [6, 'lot', 'W1 is not tracked by lot'],
      [6, 'bin', 'Warehouse SHOP has no bin B9'],
    ])
    expectStockRefused(ctx, (c) => importOpeningStock(c, file))
  })

  it('imports on the CLI and reports the stock as JSON', () => {
    const dir = path.dirname(ctx.path)
    const db = ctx.path
    ctx.close()
    const file = path.join(dir, 'opening.csv')
    fs.writeFileSync(file, GOOD)
    const dry = runCli(['import', 'opening-stock', file, '--db', db, '--dry-run'], dir)
    expect(dry.stdout).toMatch(/2 opening stock documents from 4 rows would be imported/)
    const imported = runCli(['import', 'opening-stock', file, '--db', db], dir)
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.stdout).toMatch(/^Imported 2 opening stock documents from 4 rows/)

    const report = runCli(
      ['report', 'stock-summary', '--db', db, '--as-of', '2025-01-31', '--format', 'json'],
      dir,
    )
    expect(report.code).toBe(0)
    expect(JSON.parse(report.stdout)).toMatchObject({
      asOf: '2025-01-31',
      currency: 'USD',
      rows: [
        { code: 'MILK', onHand: '8.500', reserved: '0.000', value: '6.80' },
        {
          code: 'W1',
          onHand: '14.000',
          available: '14.000',
          value: '70.00',
          warehouses: [
            { warehouse: 'MAIN', onHand: '10.000', value: '50.00' },
            { warehouse: 'SHOP', onHand: '4.000', value: '20.00' },
          ],
        },
      ],
      totals: { value: '76.80' },
    })
    const ledger = runCli(
      [
        'report',
        'stock-ledger',
        '--db',
        db,
        '--item',
        'W1',
        '--from',
        '2025-01-01',
        '--to',
        '2025-01-31',
        '--format',
        'csv',
      ],
      dir,
    )
    expect(ledger.stdout.split('\n')[0]).toBe(
      'date,document,kind,warehouse,counterpart,lot,in,out,value,balance,balanceValue',
    )
    const refused = runCli(['report', 'stock-valuation', '--db', db, '--warehouse', 'MAIN'], dir)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--warehouse is for stock-summary/)
  })
})
