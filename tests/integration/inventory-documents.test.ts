import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import {
  createStockDocument,
  deleteStockDraft,
  getStockDocument,
  listStockDocuments,
  updateStockDocument,
} from '../../src/main/engine/inventory/documents'
import { postStockDocument } from '../../src/main/engine/inventory/post'
import { tempCompany } from '../helpers/temp-company'
import { entryLines } from '../helpers/entry-lines'
import {
  addWarehouse,
  balance,
  mainWarehouse,
  moveValue,
  onHandOf,
  post,
  stockItem,
} from './inventory-fixture'

describe('stock documents', () => {
  it('keeps a draft off the stock until it is posted, then numbers it and never changes it', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    const input = {
      type: 'receipt' as const,
      date: '2026-02-01',
      warehouseId: mainWarehouse(ctx),
      lines: [{ productId: item.id, quantity: 3_000n }],
    }
    const draft = createStockDocument(ctx, input)
    expect(draft).toMatchObject({ status: 'draft', number: null, lineCount: 1 })
    expect(onHandOf(ctx, item.id)).toBe(0n)
    const edited = updateStockDocument(ctx, draft.id, {
      ...input,
      lines: [{ productId: item.id, quantity: 4_000n }],
    })
    expect(edited.lines[0]!.quantity).toBe(4_000n)
    const posted = postStockDocument(ctx, draft.id)
    // No cost typed: the product's purchase price (10.00).
    expect(posted).toMatchObject({ status: 'posted', number: 'GR-A-000001', value: 4_000n })
    expect(posted.lines[0]!.unitCost).toBe(1000n)
    expect(entryLines(ctx, posted.journalEntryId!)).toEqual([
      ['1300', 4_000n, 0n],
      ['2150', 0n, 4_000n],
    ])
    expect(() => updateStockDocument(ctx, draft.id, input)).toThrow(/can no longer change/)
    expect(() => deleteStockDraft(ctx, draft.id)).toThrow(/can no longer change/)
    expect(() => postStockDocument(ctx, draft.id)).toThrow(/already posted/)
    const other = createStockDocument(ctx, input)
    deleteStockDraft(ctx, other.id)
    expect(listStockDocuments(ctx).map((d) => d.id)).toEqual([draft.id])
  })

  it('posts opening stock against opening balances, and adjustments against stock adjustments', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A', { valuation: 'average' })
    expect(() =>
      post(ctx, 'opening', '2026-01-01', [{ productId: item.id, quantity: 1_000n }]),
    ).toThrow(/Line 1: opening stock needs a unit cost/)
    const opening = post(ctx, 'opening', '2026-01-01', [
      { productId: item.id, quantity: 10_000n, unitCost: 300n },
    ])
    expect(opening.number).toBe('OS-A-000001')
    expect(entryLines(ctx, opening.journalEntryId!)).toEqual([
      ['1300', 3_000n, 0n],
      ['3900', 0n, 3_000n],
    ])
    const broken = post(
      ctx,
      'adjustment',
      '2026-01-02',
      [{ productId: item.id, quantity: -2_000n }],
      {
        reason: 'Broken in the store',
      },
    )
    expect(broken).toMatchObject({
      number: 'ADJ-A-000001',
      value: -600n,
      reason: 'Broken in the store',
    })
    expect(entryLines(ctx, broken.journalEntryId!)).toEqual([
      ['1300', 0n, 600n],
      ['5200', 600n, 0n],
    ])
    // Found stock comes in at the current average cost (3.00).
    const found = post(ctx, 'adjustment', '2026-01-03', [{ productId: item.id, quantity: 1_000n }])
    expect(found.value).toBe(300n)
    expect(onHandOf(ctx, item.id)).toBe(9_000n)
    expect(balance(ctx, '1300')).toBe(2_700n)
    expect(balance(ctx, '5200')).toBe(300n)
    expect(() =>
      post(ctx, 'adjustment', '2026-01-03', [{ productId: item.id, quantity: 0n }]),
    ).toThrow(/Line 1: an adjustment needs a quantity/)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('converts units to the base unit and values per base unit', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    ctx.q.run(
      ctx.db.insertInto('item_unit').values({ product_id: item.id, unit: 'box', factor: 12_000n }),
    )
    const receipt = post(ctx, 'receipt', '2026-01-05', [
      { productId: item.id, unit: 'box', quantity: 2_000n, unitCost: 250n },
    ])
    expect(receipt.lines[0]).toMatchObject({ unit: 'box', quantity: 2_000n, baseQuantity: 24_000n })
    expect(receipt.value).toBe(6_000n)
    post(ctx, 'delivery', '2026-01-06', [{ productId: item.id, unit: 'box', quantity: 500n }])
    expect(onHandOf(ctx, item.id)).toBe(18_000n)
    expect(() =>
      post(ctx, 'delivery', '2026-01-06', [
        { productId: item.id, unit: 'crate', quantity: 1_000n },
      ]),
    ).toThrow('Line 1: A has no unit "crate"')
  })

  it('needs a lot for lot-tracked items, makes it on first use, and keeps stock per lot and bin', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'MILK', { lotTracked: true })
    const plain = stockItem(ctx, 'B')
    const warehouse = mainWarehouse(ctx)
    const now = new Date().toISOString()
    ctx.q.run(
      ctx.db
        .insertInto('bin')
        .values({ id: 'bin-1', warehouse_id: warehouse, code: 'A1', created_at: now }),
    )
    expect(() =>
      post(ctx, 'receipt', '2026-03-01', [{ productId: item.id, quantity: 1_000n }]),
    ).toThrow('Line 1: MILK is tracked by lot: enter the lot number')
    expect(() =>
      post(ctx, 'receipt', '2026-03-01', [
        { productId: plain.id, quantity: 1_000n, lotNumber: 'L1' },
      ]),
    ).toThrow('Line 1: B is not tracked by lot')
    post(ctx, 'receipt', '2026-03-01', [
      {
        productId: item.id,
        quantity: 5_000n,
        lotNumber: 'L1',
        lotExpiry: '2026-04-01',
        binId: 'bin-1',
      },
      { productId: item.id, quantity: 5_000n, lotNumber: 'L2', lotExpiry: '2026-05-01' },
    ])
    const lots = ctx.sqlite.prepare('SELECT number, expiry_date FROM lot ORDER BY number').all()
    expect(lots).toEqual([
      { number: 'L1', expiry_date: '2026-04-01' },
      { number: 'L2', expiry_date: '2026-05-01' },
    ])
    expect(() =>
      post(ctx, 'delivery', '2026-03-02', [
        { productId: item.id, quantity: 6_000n, lotNumber: 'L1', binId: 'bin-1' },
      ]),
    ).toThrow('Line 1: Not enough MILK Item MILK in MAIN, bin A1, lot L1: short by 1 pc')
    const delivery = post(ctx, 'delivery', '2026-03-02', [
      { productId: item.id, quantity: 5_000n, lotNumber: 'L1', binId: 'bin-1' },
    ])
    expect(getStockDocument(ctx, delivery.id).lines[0]).toMatchObject({
      lotNumber: 'L1',
      binId: 'bin-1',
    })
    expect(onHandOf(ctx, item.id)).toBe(5_000n)
    const shop = addWarehouse(ctx, 'SHOP')
    expect(() =>
      post(
        ctx,
        'receipt',
        '2026-03-02',
        [{ productId: plain.id, quantity: 1_000n, binId: 'bin-1' }],
        {
          warehouseId: shop,
        },
      ),
    ).toThrow('Line 1: bin A1 is in another warehouse')
    expect(balance(ctx, '1300')).toBe(moveValue(ctx))
  })
})
