import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { availability } from '../../src/main/engine/inventory-items/availability'
import { runInventoryReport } from '../../src/main/engine/inventory-reports/run-inventory-report'
import { closeDocument } from '../../src/main/engine/sales/issue-document'
import { invoiceOrder } from '../../src/main/engine/sales/orders'
import { tempCompany } from '../helpers/temp-company'
import { balance, postFrom } from './inventory-fixture'
import { januaryStock } from './inventory-reports-fixture'

describe('inventory reports', () => {
  let ctx: CompanyContext
  let stock: ReturnType<typeof januaryStock>
  beforeEach(async () => {
    ctx = await tempCompany()
    stock = januaryStock(ctx)
  })
  afterEach(() => ctx.close())

  it('values stock as of any date, equal to the inventory account that day', () => {
    const early = runInventoryReport(ctx, 'stock-valuation', { asOf: '2025-01-11' })
    expect(early.rows.map((r) => [r.code, r.valuation, r.quantity, r.value, r.unitCost])).toEqual([
      ['G1', 'average', 4_000n, 4_000n, 1000n],
      ['M1', 'fifo', 10_000n, 2_000n, 200n],
      ['W1', 'fifo', 20_000n, 11_000n, 550n],
    ])
    expect(early.totals.value).toBe(17_000n)
    for (const asOf of ['2025-01-04', '2025-01-11', '2025-01-15', '2025-01-31']) {
      const report = runInventoryReport(ctx, 'stock-valuation', { asOf })
      expect(report.totals.value).toBe(balance(ctx, '1300', asOf))
    }
    expect(runInventoryReport(ctx, 'stock-valuation', { asOf: '2025-01-04' }).rows).toEqual([])
    const one = runInventoryReport(ctx, 'stock-valuation', { asOf: '2025-01-31', item: 'W1' })
    expect(one.rows.map((r) => [r.code, r.quantity, r.value])).toEqual([['W1', 6_000n, 3_600n]])
  })

  it('summarises on hand, reserved, available and value per item and warehouse', () => {
    const report = runInventoryReport(ctx, 'stock-summary', { asOf: '2025-01-31' })
    expect(report.rows.map((r) => [r.code, r.onHand, r.reserved, r.available, r.value])).toEqual([
      ['G1', 5_000n, 0n, 5_000n, 6_500n],
      ['M1', 10_000n, 0n, 10_000n, 2_000n],
      ['W1', 6_000n, 4_000n, 2_000n, 3_600n],
    ])
    expect(report.rows[2]!.warehouses).toEqual([
      { warehouseId: stock.main, warehouseCode: 'MAIN', onHand: 3_000n, value: 1_800n },
      { warehouseId: stock.shop, warehouseCode: 'SHOP', onHand: 3_000n, value: 1_800n },
    ])
    expect(report.totals.value).toBe(balance(ctx, '1300', '2025-01-31'))

    // Before the order existed nothing was reserved; SHOP only held W1 after the transfer.
    const before = runInventoryReport(ctx, 'stock-summary', {
      asOf: '2025-01-20',
      warehouse: 'shop',
    })
    expect(before.rows.map((r) => [r.code, r.onHand, r.reserved, r.value])).toEqual([
      ['W1', 3_000n, 0n, 1_800n],
    ])
    expect(() => runInventoryReport(ctx, 'stock-summary', { warehouse: 'NOPE' })).toThrow(
      'Warehouse NOPE was not found',
    )
  })

  it('gives availability for the sales screens, freed when the order is closed', () => {
    const [w1] = availability(ctx, [stock.w1.id])
    expect(w1).toMatchObject({ code: 'W1', onHand: 6_000n, reserved: 4_000n, available: 2_000n })
    expect(w1!.warehouses.map((w) => [w.warehouseCode, w.onHand])).toEqual([
      ['MAIN', 3_000n],
      ['SHOP', 3_000n],
    ])
    // Delivering against an invoice made from the order also takes from what it reserves.
    const invoice = invoiceOrder(ctx, { orderId: stock.order.id, date: '2025-01-23' })
    postFrom(ctx, 'delivery', '2025-01-23', invoice, [
      { productId: stock.w1.id, quantity: 1_000n, sourceLineNo: 1 },
    ])
    expect(availability(ctx, [stock.w1.id])[0]).toMatchObject({
      reserved: 3_000n,
      available: 2_000n,
    })
    closeDocument(ctx, stock.order.id, 'sales_order', 'customer cancelled', '2025-01-25')
    expect(availability(ctx, [stock.w1.id])[0]).toMatchObject({ reserved: 0n, available: 5_000n })
    // Reservations as of a date before the closing still count it.
    const summary = runInventoryReport(ctx, 'stock-summary', { asOf: '2025-01-24', item: 'W1' })
    expect(summary.rows[0]).toMatchObject({ onHand: 5_000n, reserved: 3_000n, available: 2_000n })
  })

  it("shows an item's card with running quantity and value, and from where it came", () => {
    const card = runInventoryReport(ctx, 'stock-ledger', {
      item: 'W1',
      from: '2025-01-10',
      to: '2025-01-31',
    })
    expect(card.opening).toEqual({ quantity: 10_000n, value: 5_000n })
    expect(
      card.lines.map((l) => [
        l.date,
        l.kind,
        l.warehouseCode,
        l.counterpart,
        l.quantity,
        l.value,
        l.runningQuantity,
        l.runningValue,
      ]),
    ).toEqual([
      ['2025-01-10', 'receipt', 'MAIN', '', 10_000n, 6_000n, 20_000n, 11_000n],
      ['2025-01-15', 'delivery', 'MAIN', 'Acme Ltd', -12_000n, -6_200n, 8_000n, 4_800n],
      ['2025-01-20', 'transfer_out', 'MAIN', 'to SHOP', -3_000n, 0n, 5_000n, 4_800n],
      ['2025-01-20', 'transfer_in', 'SHOP', 'from MAIN', 3_000n, 0n, 8_000n, 4_800n],
      ['2025-01-22', 'delivery', 'MAIN', 'Acme Ltd', -2_000n, -1_200n, 6_000n, 3_600n],
    ])
    expect(card.lines[0]!.documentNumber).toMatch(/^GR-/)
    expect(card.closing).toEqual({ quantity: 6_000n, value: 3_600n })

    const shop = runInventoryReport(ctx, 'stock-ledger', {
      item: 'W1',
      from: '2025-01-01',
      to: '2025-01-31',
      warehouse: 'SHOP',
    })
    expect(shop.opening).toEqual({ quantity: 0n, value: null })
    expect(shop.lines.map((l) => [l.kind, l.runningQuantity, l.runningValue])).toEqual([
      ['transfer_in', 3_000n, null],
    ])
    expect(() => runInventoryReport(ctx, 'stock-ledger', {})).toThrow('give --item CODE')
    expect(() => runInventoryReport(ctx, 'stock-ledger', { item: 'ZZ' })).toThrow(
      'No stocked item has the code ZZ',
    )
  })

  it('suggests reorders for items whose available stock is below the level', () => {
    const report = runInventoryReport(ctx, 'low-stock', { asOf: '2025-01-31' })
    expect(
      report.rows.map((r) => [r.code, r.available, r.reorderLevel, r.reorderQuantity, r.suggested]),
    ).toEqual([
      // G1 has no reorder quantity: enough to reach the level.
      ['G1', 5_000n, 8_000n, 0n, 3_000n],
      ['W1', 2_000n, 5_000n, 10_000n, 10_000n],
    ])
    // On the 12th G1 had 10 and W1 20: nothing low.
    expect(runInventoryReport(ctx, 'low-stock', { asOf: '2025-01-12' }).rows).toEqual([])
    const shop = runInventoryReport(ctx, 'low-stock', { asOf: '2025-01-31', warehouse: 'SHOP' })
    expect(shop.rows.map((r) => [r.code, r.onHand, r.available, r.suggested])).toEqual([
      ['G1', 0n, 0n, 8_000n],
      ['W1', 3_000n, -1_000n, 10_000n],
    ])
  })

  it('lists lots with stock expiring within the days asked, and those already expired', () => {
    const soon = runInventoryReport(ctx, 'expiring-lots', { asOf: '2025-01-20' })
    expect(soon.rows.map((r) => [r.code, r.lotNumber, r.expiryDate, r.daysLeft, r.onHand])).toEqual(
      [['M1', 'L1', '2025-02-01', 12, 5_000n]],
    )
    const later = runInventoryReport(ctx, 'expiring-lots', { asOf: '2025-02-05', days: 120 })
    expect(later.rows.map((r) => [r.lotNumber, r.daysLeft, r.warehouseCode])).toEqual([
      ['L1', -4, 'MAIN'],
      ['L2', 116, 'MAIN'],
    ])
    expect(runInventoryReport(ctx, 'expiring-lots', { asOf: '2025-01-01', days: 7 }).rows).toEqual(
      [],
    )
  })
})
