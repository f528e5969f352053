import { describe, expect, it } from 'vitest'
import {
  setWarehouseArchived,
  deleteWarehouse,
} from '../../src/main/engine/inventory-items/warehouses'
import { updateItemSettings } from '../../src/main/engine/inventory-items/item-settings'
import { listLots, setLotExpiry } from '../../src/main/engine/inventory-items/lots'
import { getItem } from '../../src/main/engine/inventory-items/stocked-item'
import { call, dispatch } from '../../src/main/engine/rpc/dispatch'
import { rpcCompany } from '../helpers/rpc-company'
import { tempCompany } from '../helpers/temp-company'
import { deliver, mainWarehouse, post, receive, stockItem } from './inventory-fixture'

describe('items once stock has moved', () => {
  it('fixes valuation and lot tracking but lets the rest change', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    receive(ctx, '2025-03-01', item, 1_000n, 100n)
    expect(getItem(ctx, item.id).hasMoves).toBe(true)
    expect(() => updateItemSettings(ctx, item.id, { valuation: 'average' })).toThrow(
      'A already has stock moves valued by fifo; its valuation cannot change',
    )
    expect(() => updateItemSettings(ctx, item.id, { lotTracked: true })).toThrow(
      'lot tracking cannot be turned on',
    )
    expect(
      updateItemSettings(ctx, item.id, { valuation: 'fifo', reorderLevel: 2_000n }),
    ).toMatchObject({ valuation: 'fifo', reorderLevel: 2_000n })
    ctx.close()
  })

  it('keeps a warehouse holding or having held stock', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    const main = mainWarehouse(ctx)
    receive(ctx, '2025-03-01', item, 1_000n, 100n)
    expect(() => setWarehouseArchived(ctx, main, true)).toThrow('Warehouse MAIN still holds stock')
    expect(() => deleteWarehouse(ctx, main)).toThrow('has stock documents and cannot be deleted')
    deliver(ctx, '2025-03-02', item, 1_000n)
    expect(setWarehouseArchived(ctx, main, true).archived).toBe(true)
    ctx.close()
  })

  it("lists an item's lots by expiry with what each holds, and corrects an expiry", async () => {
    const ctx = await tempCompany()
    const milk = stockItem(ctx, 'MILK', { lotTracked: true })
    post(ctx, 'receipt', '2025-03-01', [
      {
        productId: milk.id,
        quantity: 4_000n,
        unitCost: 100n,
        lotNumber: 'B',
        lotExpiry: '2025-04-01',
      },
      {
        productId: milk.id,
        quantity: 6_000n,
        unitCost: 100n,
        lotNumber: 'A',
        lotExpiry: '2025-05-01',
      },
      { productId: milk.id, quantity: 1_000n, unitCost: 100n, lotNumber: 'C' },
    ])
    post(ctx, 'delivery', '2025-03-02', [{ productId: milk.id, quantity: 4_000n, lotNumber: 'B' }])
    const lots = listLots(ctx, milk.id)
    expect(lots.map((l) => [l.number, l.expiryDate, l.onHand])).toEqual([
      ['B', '2025-04-01', 0n],
      ['A', '2025-05-01', 6_000n],
      ['C', null, 1_000n],
    ])
    expect(listLots(ctx, milk.id, { inStockOnly: true }).map((l) => l.number)).toEqual(['A', 'C'])
    expect(setLotExpiry(ctx, lots[2]!.id, '2025-03-20')).toMatchObject({
      number: 'C',
      expiryDate: '2025-03-20',
    })
    expect(() => setLotExpiry(ctx, lots[2]!.id, '2025-02-30')).toThrow('is not a real date')
    ctx.close()
  })

  it('serves the screens through the RPC contract: warehouses, scan and availability', async () => {
    const { session, code } = await rpcCompany()
    try {
      const product = await call(session, 'products.create', {
        code: 'W1',
        name: 'Widget',
        kind: 'stocked',
        unit: 'pc',
        incomeAccountId: code('4100'),
        expenseAccountId: code('5100'),
      })
      const shop = await call(session, 'warehouses.create', { code: 'SHOP', name: 'Shop' })
      await call(session, 'items.setUnits', {
        productId: product.id,
        units: [{ unit: 'box', factor: 12_000n }],
      })
      await call(session, 'items.addBarcode', { productId: product.id, code: '123', unit: 'box' })
      expect(await call(session, 'items.scan', { code: '123' })).toMatchObject({
        product: { code: 'W1' },
        unit: 'box',
        factor: 12_000n,
      })
      expect(await dispatch(session, 'items.scan', { code: '999' })).toMatchObject({
        ok: false,
        error: { code: 'not-found', message: 'No item has the code 999' },
      })
      await call(session, 'stockDocuments.record', {
        type: 'receipt',
        date: '2025-03-01',
        warehouseId: shop.id,
        lines: [{ productId: product.id, unit: 'box', quantity: 2_000n, unitCost: 50n }],
      })
      const [row] = await call(session, 'items.availability', { productIds: [product.id] })
      expect(row).toMatchObject({ onHand: 24_000n, reserved: 0n, available: 24_000n })
      expect(
        (await call(session, 'reports.stockValuation', { asOf: '2025-03-31' })).totals.value,
      ).toBe(1_200n)
      expect(await call(session, 'warehouses.list', {})).toHaveLength(2)
    } finally {
      session.close()
    }
  })
})
