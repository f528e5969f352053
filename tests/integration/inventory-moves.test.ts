import { describe, expect, it } from 'vitest'
import { getStockDocument } from '../../src/main/engine/inventory/documents'
import { tempCompany } from '../helpers/temp-company'
import {
  addWarehouse,
  balance,
  deliver,
  mainWarehouse,
  moveValue,
  onHandOf,
  post,
  receive,
  stockItem,
} from './inventory-fixture'

describe('receipts, deliveries and transfers', () => {
  it('receives at cost into inventory against goods received, and delivers FIFO to cost of sales', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    const first = receive(ctx, '2026-01-05', item, 10_000n, 1000n)
    expect(first.number).toMatch(/^GR-/)
    expect(first.value).toBe(10_000n)
    receive(ctx, '2026-01-06', item, 10_000n, 1300n)
    const delivery = deliver(ctx, '2026-01-07', item, 15_000n)
    expect(delivery.number).toMatch(/^DO-/)
    expect(delivery.value).toBe(-(10_000n + 6_500n))
    expect(balance(ctx, '1300')).toBe(6_500n)
    expect(balance(ctx, '2150')).toBe(-23_000n)
    expect(balance(ctx, '5100')).toBe(16_500n)
    expect(onHandOf(ctx, item.id)).toBe(5_000n)
    expect(moveValue(ctx)).toBe(balance(ctx, '1300'))
    expect(getStockDocument(ctx, delivery.id).status).toBe('posted')
  })

  it('moves quantity between warehouses without value or journal', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    const shop = addWarehouse(ctx, 'SHOP')
    receive(ctx, '2026-01-05', item, 10_000n, 500n)
    const transfer = post(
      ctx,
      'transfer',
      '2026-01-06',
      [{ productId: item.id, quantity: 4_000n }],
      {
        toWarehouseId: shop,
      },
    )
    expect(transfer.journalEntryId).toBeNull()
    expect(onHandOf(ctx, item.id, mainWarehouse(ctx))).toBe(6_000n)
    expect(onHandOf(ctx, item.id, shop)).toBe(4_000n)
    expect(balance(ctx, '1300')).toBe(5_000n)
  })
})
