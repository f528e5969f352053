import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { up as uncountedLines } from '../../src/main/engine/db/migrations/0010-uncounted-lines'
import { stockValuation } from '../../src/main/engine/inventory-reports/stock-valuation'
import { startCount } from '../../src/main/engine/inventory/counts'
import { createStockDocument, updateStockDocument } from '../../src/main/engine/inventory/documents'
import { postStockDocument } from '../../src/main/engine/inventory/post'
import type { StockDocument } from '../../src/shared/domain/inventory'
import { tempCompany } from '../helpers/temp-company'
import { balance, mainWarehouse, moveValue, onHandOf, post, stockItem } from './inventory-fixture'

/**
 * A shop with A (10 at 1.00), B (4 at 0.50) and C (3 at 0.30) on the shelves and D never held,
 * and a count sheet for it.
 */
async function shopWithSheet() {
  const ctx = await tempCompany()
  const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((code) => stockItem(ctx, code))
  post(ctx, 'receipt', '2026-03-01', [
    { productId: a!.id, quantity: 10_000n, unitCost: 100n },
    { productId: b!.id, quantity: 4_000n, unitCost: 50n },
    { productId: c!.id, quantity: 3_000n, unitCost: 30n },
  ])
  const sheet = startCount(ctx, { warehouseId: mainWarehouse(ctx), date: '2026-03-05' })
  return { ctx, a: a!, b: b!, c: c!, d: d!, sheet }
}

/** The clerk counted 8 of A and typed 0 for B; C and D were not reached. */
function countSome(ctx: CompanyContext, sheet: StockDocument, a: string, b: string) {
  return updateStockDocument(ctx, sheet.id, {
    type: 'count',
    date: sheet.date,
    warehouseId: sheet.warehouseId,
    lines: sheet.lines.map((line) => ({
      productId: line.productId,
      quantity: line.productId === a ? 8_000n : line.productId === b ? 0n : null,
    })),
  })
}

const valueOf = (ctx: CompanyContext, productId: string) =>
  stockValuation(ctx, { asOf: '2026-03-31', productId }).rows[0]?.value ?? 0n

const moves = (ctx: CompanyContext, documentId: string) =>
  ctx.sqlite
    .prepare('SELECT product_id, quantity, value FROM stock_move WHERE document_id = ? ORDER BY id')
    .all(documentId)

describe('a count with lines left blank', () => {
  it('starts every line blank, not at zero, and keeps a blank line blank when saved', async () => {
    const { ctx, a, b, sheet } = await shopWithSheet()
    expect(sheet.lines.map((l) => [l.productCode, l.expectedQuantity, l.quantity])).toEqual([
      ['A', 10_000n, null],
      ['B', 4_000n, null],
      ['C', 3_000n, null],
      ['D', 0n, null],
    ])
    const saved = countSome(ctx, sheet, a.id, b.id)
    expect(saved.lines.map((l) => [l.productCode, l.quantity, l.baseQuantity])).toEqual([
      ['A', 8_000n, 8_000n],
      ['B', 0n, 0n],
      ['C', null, null],
      ['D', null, null],
    ])
    expect(saved.lines.map((l) => l.expectedQuantity)).toEqual([10_000n, 4_000n, 3_000n, 0n])
  })

  it('moves only the counted lines: blank ones keep their stock and value, a typed 0 is none', async () => {
    const { ctx, a, b, c, d, sheet } = await shopWithSheet()
    countSome(ctx, sheet, a.id, b.id)
    const approved = postStockDocument(ctx, sheet.id)

    expect(approved.status).toBe('posted')
    expect(approved.lines.filter((line) => line.quantity === null)).toHaveLength(2)
    expect([a, b, c, d].map((item) => onHandOf(ctx, item.id))).toEqual([8_000n, 0n, 3_000n, 0n])
    expect(valueOf(ctx, c.id)).toBe(90n)
    expect(valueOf(ctx, a.id)).toBe(800n)
    // Moves and journal for A (2 missing at 1.00) and B (4 at 0.50), nothing for C or D.
    expect(moves(ctx, sheet.id)).toEqual([
      { product_id: a.id, quantity: -2_000n, value: -200n },
      { product_id: b.id, quantity: -4_000n, value: -200n },
    ])
    expect(approved.value).toBe(-400n)
    expect(balance(ctx, '5200')).toBe(400n)
    expect(balance(ctx, '1300')).toBe(moveValue(ctx))
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('counts the blank lines as none when told to (a wall-to-wall count)', async () => {
    const { ctx, a, b, c, sheet } = await shopWithSheet()
    countSome(ctx, sheet, a.id, b.id)
    const approved = postStockDocument(ctx, sheet.id, { blanksAsZero: true })

    expect(approved.lines.map((line) => line.quantity)).toEqual([8_000n, 0n, 0n, 0n])
    expect(onHandOf(ctx, c.id)).toBe(0n)
    expect(valueOf(ctx, c.id)).toBe(0n)
    expect(moves(ctx, sheet.id)).toContainEqual({
      product_id: c.id,
      quantity: -3_000n,
      value: -90n,
    })
    expect(balance(ctx, '5200')).toBe(490n)
    // What was filed says so: the lines read back as counted zero.
    const stored = ctx.sqlite
      .prepare(
        'SELECT count(*) AS n FROM stock_document_line WHERE document_id = ? AND quantity = 0',
      )
      .get(sheet.id) as { n: bigint }
    expect(stored.n).toBe(3n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses a sheet with nothing counted unless the blanks count as none', async () => {
    const { ctx, c, sheet } = await shopWithSheet()
    expect(() => postStockDocument(ctx, sheet.id)).toThrow(/Nothing on this sheet is counted/)
    expect(ctx.sqlite.prepare('SELECT count(*) AS n FROM stock_move').get()).toEqual({ n: 3n })
    postStockDocument(ctx, sheet.id, { blanksAsZero: true })
    expect(onHandOf(ctx, c.id)).toBe(0n)
    expect(balance(ctx, '1300')).toBe(0n)
  })

  it('takes a blank quantity on count lines only', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    expect(() =>
      createStockDocument(ctx, {
        type: 'receipt',
        date: '2026-03-01',
        warehouseId: mainWarehouse(ctx),
        lines: [{ productId: item.id, quantity: null, unitCost: 100n }],
      }),
    ).toThrow('Line 1: enter the quantity')
  })
})

describe('migration 0010: count lines may be blank', () => {
  it('keeps every line, a counted 0 still zero, and the guard on posted lines', async () => {
    const { ctx, a, b, sheet } = await shopWithSheet()
    countSome(ctx, sheet, a.id, b.id)
    postStockDocument(ctx, sheet.id)
    const lines = () =>
      ctx.sqlite.prepare('SELECT * FROM stock_document_line ORDER BY document_id, line_no').all()
    const before = lines()
    await uncountedLines(ctx.db as unknown as Kysely<unknown>)
    expect(lines()).toEqual(before)
    expect(() =>
      ctx.sqlite.prepare('UPDATE stock_document_line SET quantity = 5 WHERE quantity = 0').run(),
    ).toThrow('posted stock documents never change')
    // A line is blank in both its quantities or in neither.
    const draft = startCount(ctx, { warehouseId: sheet.warehouseId, date: '2026-03-06' })
    expect(() =>
      ctx.sqlite
        .prepare('UPDATE stock_document_line SET base_quantity = 5 WHERE document_id = ?')
        .run(draft.id),
    ).toThrow(/CHECK constraint/)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })
})
