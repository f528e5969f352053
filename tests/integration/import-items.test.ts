import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { importItems } from '../../src/main/engine/import/items-import'
import { addBarcode } from '../../src/main/engine/inventory-items/barcodes'
import { listItems } from '../../src/main/engine/inventory-items/stocked-item'
import { createProduct } from '../../src/main/engine/products/products'
import { accountId, tempCompany } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'
import { receive, stockItem } from './inventory-fixture'
import { expectStockRefused } from './inventory-import-fixture'

const HEADER =
  'code,name,unit,sales_price,purchase_price,valuation,category,reorder_level,reorder_quantity,lot_tracked,barcodes,units'
const csv = (header: string, ...rows: string[]) => [header, ...rows].join('\n') + '\n'

describe('items import', () => {
  let ctx: CompanyContext
  beforeEach(async () => {
    ctx = await tempCompany()
  })
  afterEach(() => ctx.close())

  it('creates stocked items with their settings, category, units and barcodes', () => {
    const result = importItems(
      ctx,
      csv(
        HEADER,
        'W1,Widget,pc,10.50,6,fifo,Hardware,5,10,no,4006381333931|14006381333938:box,box=12|case=144',
        'MILK,"Milk, 1 l",bottle,1.20,0.80,average,Dairy,24,48,yes,,crate=20',
        'G1,Gadget,,,,,,,,,,',
      ),
    )
    expect(result).toEqual({ dryRun: false, rows: 3, created: 3, problems: [] })
    const items = listItems(ctx)
    expect(
      items.map((i) => [
        i.product.code,
        i.product.unit,
        i.product.salesPrice,
        i.valuation,
        i.categoryName,
        i.reorderLevel,
        i.reorderQuantity,
        i.lotTracked,
      ]),
    ).toEqual([
      ['G1', '', 0n, 'fifo', null, 0n, 0n, false],
      ['MILK', 'bottle', 120n, 'average', 'Dairy', 24_000n, 48_000n, true],
      ['W1', 'pc', 1050n, 'fifo', 'Hardware', 5_000n, 10_000n, false],
    ])
    const w1 = items[2]!
    expect(w1.product.incomeAccountId).toBe(accountId(ctx, '4100'))
    expect(w1.units).toEqual([
      { unit: 'box', factor: 12_000n },
      { unit: 'case', factor: 144_000n },
    ])
    expect(w1.barcodes.map((b) => [b.code, b.unit])).toEqual([
      ['14006381333938', 'box'],
      ['4006381333931', null],
    ])
  })

  it('updates a known item, keeping what empty cells and absent columns leave alone', () => {
    importItems(ctx, csv(HEADER, 'W1,Widget,pc,10,6,fifo,Hardware,5,10,no,111,box=12'))
    const result = importItems(
      ctx,
      csv('code,name,sales_price,units,barcodes', 'W1,Widget (new),12,box=10|pack=6,111|222:pack'),
    )
    expect(result.problems).toEqual([])
    const [w1] = listItems(ctx)
    expect(w1).toMatchObject({
      product: { name: 'Widget (new)', unit: 'pc', salesPrice: 1200n, purchasePrice: 600n },
      categoryName: 'Hardware',
      reorderLevel: 5_000n,
      units: [
        { unit: 'pack', factor: 6_000n },
        { unit: 'box', factor: 10_000n },
      ],
    })
    expect(w1!.barcodes.map((b) => b.code)).toEqual(['111', '222'])
  })

  it('lists every bad line and field on a dry run and changes nothing', () => {
    createProduct(ctx, {
      code: 'FIX',
      name: 'Repair',
      kind: 'service',
      incomeAccountId: accountId(ctx, '4200'),
      expenseAccountId: accountId(ctx, '5100'),
    })
    const other = stockItem(ctx, 'OTHER')
    addBarcode(ctx, { code: '999', productId: other.id, unit: null })
    const file = csv(
      HEADER,
      'A1,Good,pc,1,1,fifo,,,,,,',
      ',No code,pc,1,1,lifo,,-3,,maybe,,box=0',
      'A1,Again,pc,1.234,,,,,,,999,',
      'FIX,Repair,h,,,,,,,,,',
      'B1,Bad barcode,pc,,,,,,,,a:b:c,box',
    )
    const problems = expectStockRefused(ctx, (c) => importItems(c, file, { dryRun: true }))
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'code'],
      [3, 'valuation'],
      [3, 'reorder_level'],
      [3, 'lot_tracked'],
      [3, 'units'],
      [4, 'sales_price'],
      [4, 'code'],
      [4, 'barcodes'],
      [5, 'code'],
      [6, 'barcodes'],
      [6, 'units'],
    ])
    expect(problems.find((p) => p.line === 4 && p.field === 'code')!.message).toBe(
      'Code A1 is also on line 2',
    )
    expect(problems.find((p) => p.line === 5)!.message).toBe(
      'FIX is a service product, not a stocked item',
    )
  })

  it('refuses to change the base unit or valuation of an item that has moved, naming the line', () => {
    const item = stockItem(ctx, 'A')
    receive(ctx, '2025-03-01', item, 1_000n, 100n)
    const problems = expectStockRefused(ctx, (c) =>
      importItems(c, csv('code,name,unit,valuation', 'B,New one,pc,', 'A,Item A,kg,average')),
    )
    expect(problemLines(problems)).toEqual([
      'line 3, unit: A already has stock moves counted in pc; the base unit cannot change',
    ])
    const valuation = expectStockRefused(ctx, (c) =>
      importItems(c, csv('code,name,valuation', 'A,Item A,average')),
    )
    expect(problemLines(valuation)).toEqual([
      'line 2, valuation: A already has stock moves valued by fifo; its valuation cannot change',
    ])
  })
})
