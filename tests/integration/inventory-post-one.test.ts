import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { startCount } from '../../src/main/engine/inventory/counts'
import {
  createStockDocument,
  getStockDocument,
  updateStockDocument,
} from '../../src/main/engine/inventory/documents'
import { postStockDocument } from '../../src/main/engine/inventory/post'
import { setItemUnits } from '../../src/main/engine/inventory-items/item-units'
import type { StockDocument } from '../../src/shared/domain/inventory'
import { tempCompany } from '../helpers/temp-company'
import { addWarehouse, mainWarehouse, onHandOf, post, stockItem } from './inventory-fixture'

/** Posting returns the document it made without reading it back: it must be what the file holds. */
function asFiled(ctx: CompanyContext, document: StockDocument): StockDocument {
  expect(document).toEqual(getStockDocument(ctx, document.id))
  return document
}

function addBin(ctx: CompanyContext, warehouseId: string, code: string): string {
  const id = `bin-${code}`
  ctx.sqlite
    .prepare('INSERT INTO bin (id, warehouse_id, code, created_at) VALUES (?, ?, ?, ?)')
    .run(id, warehouseId, code, new Date().toISOString())
  return id
}

describe('posting one stock document', () => {
  it('returns each document as the file holds it, whatever its type, lots, bins, units or date', async () => {
    const ctx = await tempCompany()
    const main = mainWarehouse(ctx)
    const shop = addWarehouse(ctx, 'SHOP')
    const shelf = addBin(ctx, main, 'S1')
    const back = addBin(ctx, shop, 'B1')
    const milk = stockItem(ctx, 'MILK', { lotTracked: true, purchasePrice: 120n })
    const tea = stockItem(ctx, 'TEA', { valuation: 'average', purchasePrice: 300n })
    setItemUnits(ctx, tea.id, [{ unit: 'box', factor: 12_000n }])

    const receipt = asFiled(
      ctx,
      post(
        ctx,
        'receipt',
        '2026-03-02',
        [
          { productId: milk.id, quantity: 5_000n, lotNumber: ' L1 ', lotExpiry: '2026-09-01' },
          { productId: tea.id, unit: 'box', quantity: 2_000n, binId: shelf },
        ],
        { memo: ' first ', reason: 'supplier late' },
      ),
    )
    // No cost typed: the purchase price, on the line returned as in the file.
    expect(receipt.lines.map((line) => [line.unitCost, line.baseQuantity, line.value])).toEqual([
      [120n, 5_000n, 600n],
      [300n, 24_000n, 7_200n],
    ])
    // The lot exists now: a later line names it with another expiry and keeps the lot's own.
    asFiled(
      ctx,
      post(ctx, 'receipt', '2026-03-03', [
        {
          productId: milk.id,
          quantity: 1_000n,
          unitCost: 150n,
          lotNumber: 'L1',
          lotExpiry: '2027-01-01',
        },
      ]),
    )
    asFiled(
      ctx,
      post(
        ctx,
        'transfer',
        '2026-03-04',
        [{ productId: tea.id, quantity: 4_000n, binId: shelf, toBinId: back }],
        { toWarehouseId: shop },
      ),
    )
    asFiled(
      ctx,
      post(ctx, 'delivery', '2026-03-05', [
        { productId: milk.id, quantity: 5_500n, lotNumber: 'L1' },
      ]),
    )
    asFiled(
      ctx,
      post(ctx, 'adjustment', '2026-03-05', [{ productId: tea.id, quantity: 500n, binId: shelf }]),
    )
    asFiled(
      ctx,
      post(ctx, 'adjustment', '2026-03-06', [{ productId: tea.id, quantity: -700n, binId: shelf }]),
    )
    // Back-dated before the delivery: the replay revalues it, this document keeps its own value.
    const backDated = asFiled(
      ctx,
      post(ctx, 'receipt', '2026-03-01', [
        { productId: milk.id, quantity: 2_000n, unitCost: 90n, lotNumber: 'L1' },
      ]),
    )
    expect(backDated.value).toBe(180n)

    const draft = createStockDocument(ctx, {
      type: 'receipt',
      date: '2026-03-07',
      warehouseId: shop,
      lines: [{ productId: tea.id, quantity: 3_000n, binId: back }],
    })
    asFiled(ctx, postStockDocument(ctx, draft.id))

    const sheet = startCount(ctx, { warehouseId: main, date: '2026-03-08' })
    updateStockDocument(ctx, sheet.id, {
      type: 'count',
      date: '2026-03-08',
      warehouseId: main,
      lines: sheet.lines.map((line) => ({
        productId: line.productId,
        quantity: line.expectedQuantity! + 1_000n,
        lotNumber: line.lotNumber ?? undefined,
        binId: line.binId ?? undefined,
      })),
    })
    const counted = asFiled(ctx, postStockDocument(ctx, sheet.id))
    expect(counted.value).toBeGreaterThan(0n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses the line that goes short after an earlier line took the same stock, writing nothing', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    post(ctx, 'receipt', '2026-01-10', [{ productId: item.id, quantity: 3_000n, unitCost: 100n }])
    const tables = () =>
      [
        'stock_move',
        'stock_on_hand',
        'stock_warehouse_day',
        'stock_item_day',
        'stock_document',
      ].map((table) => ctx.sqlite.prepare(`SELECT * FROM ${table}`).all())
    const before = tables()
    expect(() =>
      post(ctx, 'delivery', '2026-01-10', [
        { productId: item.id, quantity: 2_000n },
        { productId: item.id, quantity: 1_500n },
      ]),
    ).toThrow('Line 2: Not enough A Item A in MAIN: short by 0.5 pc')
    expect(tables()).toEqual(before)
    expect(onHandOf(ctx, item.id)).toBe(3_000n)
    const delivered = asFiled(
      ctx,
      post(ctx, 'delivery', '2026-01-11', [
        { productId: item.id, quantity: 2_000n },
        { productId: item.id, quantity: 1_000n },
      ]),
    )
    expect(delivered.lines.map((line) => line.value)).toEqual([-200n, -100n])
    expect(onHandOf(ctx, item.id)).toBe(0n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })
})
