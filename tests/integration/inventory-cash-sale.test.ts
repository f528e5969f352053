import { describe, expect, it } from 'vitest'
import { listStockDocuments, getStockDocument } from '../../src/main/engine/inventory/documents'
import { cashSale } from '../../src/main/engine/sales/cash-sale'
import { salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { balance, moveValue, onHandOf, receive } from './inventory-fixture'

const count = (ctx: Awaited<ReturnType<typeof tempCompany>>, table: string) =>
  (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: bigint }).n

describe('quick cash sale of stocked items', () => {
  it('delivers from the default warehouse against the invoice, at cost', async () => {
    const ctx = await tempCompany()
    const { product } = salesSetup(ctx)
    receive(ctx, '2024-05-01', product, 5_000n, 4000n)
    const sale = cashSale(ctx, {
      date: '2024-06-01',
      method: 'cash',
      lines: [{ code: 'W1', quantity: 2_000n }],
    })
    const [delivery] = listStockDocuments(ctx, { type: 'delivery' })
    expect(delivery).toMatchObject({ sourceDocumentId: sale.invoiceId, date: '2024-06-01' })
    expect(getStockDocument(ctx, delivery!.id).value).toBe(-8000n)
    expect(onHandOf(ctx, product.id)).toBe(3_000n)
    expect(balance(ctx, '5100')).toBe(8000n)
    expect(balance(ctx, '1300')).toBe(moveValue(ctx))
  })

  it('refuses to sell more than the warehouse holds, naming the line, and records nothing', async () => {
    const ctx = await tempCompany()
    const { product } = salesSetup(ctx)
    receive(ctx, '2024-05-01', product, 1_000n, 4000n)
    const before = [count(ctx, 'document'), count(ctx, 'journal_entry'), count(ctx, 'stock_move')]
    expect(() =>
      cashSale(ctx, {
        date: '2024-06-01',
        method: 'cash',
        lines: [{ code: 'W1', quantity: 3_000n }],
      }),
    ).toThrow('Line 1: Not enough W1 Widget in MAIN: short by 2 pc')
    expect([count(ctx, 'document'), count(ctx, 'journal_entry'), count(ctx, 'stock_move')]).toEqual(
      before,
    )
  })
})
