import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { startCount } from '../../src/main/engine/inventory/counts'
import { updateStockDocument } from '../../src/main/engine/inventory/documents'
import { postStockDocument } from '../../src/main/engine/inventory/post'
import { postEntry } from '../../src/main/engine/ledger/journal'
import { saveBillDraft } from '../../src/main/engine/purchasing/bills'
import { accountId, tempCompany } from '../helpers/temp-company'
import {
  balance,
  deliver,
  mainWarehouse,
  onHandOf,
  post,
  receive,
  stockItem,
} from './inventory-fixture'
import { purchasingSetup } from './purchasing-fixture'

describe('stock counts', () => {
  it('expects what is on hand, and posts the counted difference on approval', async () => {
    const ctx = await tempCompany()
    const a = stockItem(ctx, 'A')
    const b = stockItem(ctx, 'B')
    const c = stockItem(ctx, 'C')
    post(ctx, 'receipt', '2026-03-01', [
      { productId: a.id, quantity: 10_000n, unitCost: 100n },
      { productId: b.id, quantity: 4_000n, unitCost: 50n },
    ])
    const sheet = startCount(ctx, { warehouseId: mainWarehouse(ctx), date: '2026-03-05' })
    expect(sheet.status).toBe('draft')
    expect(sheet.lines.map((l) => [l.productCode, l.expectedQuantity, l.quantity])).toEqual([
      ['A', 10_000n, null],
      ['B', 4_000n, null],
      ['C', 0n, null],
    ])
    // Counted: 8 of A (2 missing), 4 of B (right), 1 of C found.
    const counted = updateStockDocument(ctx, sheet.id, {
      type: 'count',
      date: '2026-03-05',
      warehouseId: mainWarehouse(ctx),
      lines: [
        { productId: a.id, quantity: 8_000n },
        { productId: b.id, quantity: 4_000n },
        { productId: c.id, quantity: 1_000n, unitCost: 70n },
      ],
    })
    expect(counted.lines.map((l) => l.expectedQuantity)).toEqual([10_000n, 4_000n, 0n])
    const approved = postStockDocument(ctx, sheet.id)
    expect(approved).toMatchObject({ status: 'posted', number: 'SC-A-000001', value: -130n })
    expect([onHandOf(ctx, a.id), onHandOf(ctx, b.id), onHandOf(ctx, c.id)]).toEqual([
      8_000n,
      4_000n,
      1_000n,
    ])
    expect(balance(ctx, '5200')).toBe(130n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('counts only the chosen items', async () => {
    const ctx = await tempCompany()
    const a = stockItem(ctx, 'A')
    stockItem(ctx, 'B')
    const sheet = startCount(ctx, {
      warehouseId: mainWarehouse(ctx),
      date: '2026-03-05',
      productIds: [a.id],
    })
    expect(sheet.lines.map((l) => l.productCode)).toEqual(['A'])
  })
})

describe('control accounts and the check', () => {
  it('refuses hand-made journals and purchase lines on 1200, 2100 and 1300, naming account and line', async () => {
    const ctx = await tempCompany()
    const { supplier } = purchasingSetup(ctx)
    for (const code of ['1200', '2100', '1300']) {
      expect(() =>
        postEntry(ctx, {
          date: '2026-01-01',
          lines: [
            { accountId: accountId(ctx, '1110'), debit: 100n, credit: 0n },
            { accountId: accountId(ctx, code), debit: 0n, credit: 100n },
          ],
        }),
      ).toThrow(`Line 2: Account ${code} is a control account`)
    }
    expect(() =>
      saveBillDraft(ctx, {
        contactId: supplier.id,
        date: '2026-01-01',
        reference: 'X1',
        lines: [
          {
            description: 'Stock',
            quantity: 1_000n,
            unitPrice: 100n,
            accountId: accountId(ctx, '1300'),
          },
        ],
      }),
    ).toThrow('Account 1300 is a control account')
  })

  it('gives a new company the main warehouse and the inventory accounts', async () => {
    const ctx = await tempCompany()
    const names = ctx.sqlite
      .prepare(
        "SELECT code, name FROM account WHERE code IN ('2150', '3900', '5200') ORDER BY code",
      )
      .all()
    expect(names).toEqual([
      { code: '2150', name: 'Goods received not invoiced' },
      { code: '3900', name: 'Opening balances' },
      { code: '5200', name: 'Stock adjustments' },
    ])
    expect(ctx.sqlite.prepare('SELECT code, name FROM warehouse').all()).toEqual([
      { code: 'MAIN', name: 'Main warehouse' },
    ])
  })

  it('finds on hand, day figures and the inventory account out of step with the moves', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    receive(ctx, '2026-01-10', item, 10_000n, 100n)
    deliver(ctx, '2026-01-11', item, 4_000n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
    ctx.sqlite.prepare('UPDATE stock_on_hand SET quantity = quantity + 1000').run()
    ctx.sqlite.prepare("UPDATE stock_item_day SET value = value + 5 WHERE day = '2026-01-10'").run()
    ctx.sqlite.prepare('UPDATE stock_warehouse_day SET quantity = 0').run()
    ctx.sqlite.prepare('UPDATE stock_move SET value = value - 7 WHERE id = 1').run()
    expect(checkCompany(ctx).problems).toEqual([
      'The inventory account 1300 holds 6.00, but the stock moves are worth 5.93',
      'A in MAIN: on hand says 7, its moves add up to 6',
      'A: the stock figures for 2026-01-10 differ from its moves up to that day',
      'A: the stock figures for 2026-01-11 differ from its moves up to that day',
      'A in MAIN: the quantity for 2026-01-10 differs from its moves up to that day',
      'A in MAIN: the quantity for 2026-01-11 differs from its moves up to that day',
    ])
  })
})
