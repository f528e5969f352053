import { beforeAll, describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { getStockDocument, listStockDocuments } from '../../src/main/engine/inventory/documents'
import { inventorySettings } from '../../src/main/engine/inventory/settings'
import { linesFromSource } from '../../src/main/engine/inventory/sources'
import { scanCode } from '../../src/main/engine/inventory-items/barcodes'
import { listItems } from '../../src/main/engine/inventory-items/stocked-item'
import { warehouseByCode } from '../../src/main/engine/inventory-items/warehouses'
import { expiringLots } from '../../src/main/engine/inventory-reports/expiring-lots'
import { lowStock } from '../../src/main/engine/inventory-reports/low-stock'
import { stockSummary } from '../../src/main/engine/inventory-reports/stock-summary'
import { stockValuation } from '../../src/main/engine/inventory-reports/stock-valuation'
import { tempCompany } from '../helpers/temp-company'

const TODAY = '2026-03-18'
const LAST_DAY = '2026-02-28'

/** The account's balance at the end of `asOf`, from its journal lines. */
function ledgerBalance(ctx: CompanyContext, code: string, asOf = '9999-12-31'): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(l.debit - l.credit), 0) AS net FROM journal_line l
       JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id
       WHERE a.code = ? AND e.date <= ?`,
    )
    .get(code, asOf) as { net: bigint }
  return row.net
}

describe('demo company: inventory', () => {
  let ctx: CompanyContext
  beforeAll(async () => {
    ctx = await tempCompany()
    generateDemo(ctx, { seed: 1, today: TODAY })
  })

  it('keeps the inventory account equal to the valuation report, with no hand journals to it', () => {
    for (const asOf of ['2025-03-01', '2025-08-15', LAST_DAY])
      expect(stockValuation(ctx, { asOf }).totals.value).toBe(ledgerBalance(ctx, '1300', asOf))
    expect(ledgerBalance(ctx, '1300')).toBeGreaterThan(0n)
    const handLines = ctx.sqlite
      .prepare(
        `SELECT count(*) AS n FROM journal_line l JOIN account a ON a.id = l.account_id
         WHERE a.code = '1300' AND l.entry_id NOT IN (
           SELECT journal_entry_id FROM stock_document WHERE journal_entry_id IS NOT NULL)`,
      )
      .get() as { n: bigint }
    expect(handLines.n).toBe(0n)
    // Every receipt billed, and the owner's opening stock moved on to capital.
    expect(ledgerBalance(ctx, '2150', LAST_DAY)).toBe(0n)
    // Today the roaster billed beans still on the way: their receipt waits as a draft.
    expect(ledgerBalance(ctx, '2150')).toBeGreaterThan(0n)
    const [waiting, ...more] = listStockDocuments(ctx, { status: 'draft' })
    expect(more).toEqual([])
    expect(waiting).toMatchObject({ type: 'receipt', date: TODAY })
    expect(waiting!.sourceDocumentId).toBeTruthy()
    expect(ledgerBalance(ctx, '3900')).toBe(0n)
    expect(ledgerBalance(ctx, '5100')).toBeGreaterThan(0n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('holds stock in two warehouses, the main one the default', () => {
    const main = warehouseByCode(ctx, 'MAIN')
    const back = warehouseByCode(ctx, 'BACK')
    expect(inventorySettings(ctx).defaultWarehouseId).toBe(main.id)
    const summary = stockSummary(ctx, { asOf: LAST_DAY })
    const held = (warehouseId: string) =>
      summary.rows.filter((row) =>
        row.warehouses.some((w) => w.warehouseId === warehouseId && w.onHand > 0n),
      ).length
    expect(held(main.id)).toBeGreaterThanOrEqual(5)
    expect(held(back.id)).toBeGreaterThanOrEqual(5)
    expect(summary.totals.value).toBe(ledgerBalance(ctx, '1300', LAST_DAY))
    expect(stockSummary(ctx, { asOf: TODAY }).totals.value).toBe(ledgerBalance(ctx, '1300'))
  })

  it('has weekly receipts and till deliveries, a transfer, and a count with a variance', () => {
    const posted = listStockDocuments(ctx, { status: 'posted', limit: 10_000 })
    const count = (type: string) => posted.filter((d) => d.type === type).length
    expect(count('receipt')).toBeGreaterThan(50)
    expect(count('delivery')).toBeGreaterThan(50)
    expect(count('opening')).toBe(2)
    const [transfer] = posted.filter((d) => d.type === 'transfer')
    expect(transfer!.toWarehouseId).toBe(warehouseByCode(ctx, 'MAIN').id)
    const [sheet] = posted.filter((d) => d.type === 'count')
    const counted = getStockDocument(ctx, sheet!.id)
    expect(counted.lines.some((line) => line.quantity !== line.expectedQuantity)).toBe(true)
    expect(counted.value).not.toBe(0n)
    expect(ledgerBalance(ctx, '5200')).toBe(-counted.value)
    // Bills for stocked goods are received in full, invoices delivered from the back store.
    const fromBills = posted.filter((d) => d.type === 'receipt' && d.sourceDocumentId)
    expect(fromBills.length).toBeGreaterThanOrEqual(12)
    for (const receipt of fromBills) {
      const lines = linesFromSource(ctx, receipt.sourceDocumentId!, 'receipt')
      expect(lines.every((line) => line.remaining === 0n)).toBe(true)
    }
    expect(posted.some((d) => d.type === 'delivery' && d.sourceDocumentId)).toBe(true)
  })

  it('has lots expiring within 30 days of today, and items below their reorder level', () => {
    const expiring = expiringLots(ctx, { asOf: TODAY, days: 30 }).rows
    expect(expiring.length).toBeGreaterThan(0)
    expect(expiring.every((row) => row.daysLeft <= 30 && row.onHand > 0n)).toBe(true)
    expect(lowStock(ctx, { asOf: LAST_DAY }).rows.length).toBeGreaterThan(0)
  })

  it('values items by FIFO and by moving average, with box units and barcodes to scan', () => {
    const items = listItems(ctx)
    expect(new Set(items.map((item) => item.valuation))).toEqual(new Set(['fifo', 'average']))
    expect(items.filter((item) => item.lotTracked).length).toBeGreaterThanOrEqual(2)
    expect(items.every((item) => item.barcodes.length > 0 && item.reorderLevel > 0n)).toBe(true)
    const mug = items.find((item) => item.product.code === 'MUG-LOGO')!
    const box = mug.barcodes.find((barcode) => barcode.unit === 'box')!
    expect(scanCode(ctx, box.code)).toMatchObject({ unit: 'box', factor: 12_000n })
    expect(scanCode(ctx, mug.barcodes.find((b) => !b.unit)!.code).factor).toBe(1000n)
  })
})
