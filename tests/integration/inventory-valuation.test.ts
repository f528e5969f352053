import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { setInventorySettings } from '../../src/main/engine/inventory/settings'
import { getEntry } from '../../src/main/engine/ledger/journal'
import { tempCompany } from '../helpers/temp-company'
import { entryLines } from '../helpers/entry-lines'
import { balance, deliver, moveValue, onHandOf, receive, stockItem } from './inventory-fixture'

const revaluations = (ctx: CompanyContext) =>
  ctx.sqlite
    .prepare('SELECT date, delta, journal_entry_id AS journal FROM stock_revaluation ORDER BY date')
    .all() as { date: string; delta: bigint; journal: string }[]

function expectLedgerEqualsMoves(ctx: CompanyContext, dates: string[]): void {
  for (const date of dates) expect(balance(ctx, '1300', date)).toBe(moveValue(ctx, date))
}

describe('valuation', () => {
  it('revalues a FIFO delivery when cheaper stock is received before it, with a journal on its date', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    receive(ctx, '2026-01-10', item, 10_000n, 100n)
    const delivery = deliver(ctx, '2026-01-20', item, 5_000n)
    expect(delivery.value).toBe(-500n)
    receive(ctx, '2026-01-05', item, 5_000n, 40n)
    const [revaluation] = revaluations(ctx)
    expect(revaluation).toMatchObject({ date: '2026-01-20', delta: 300n })
    expect(entryLines(ctx, revaluation!.journal)).toEqual([
      ['1300', 300n, 0n],
      ['5100', 0n, 300n],
    ])
    expect(getEntry(ctx, revaluation!.journal).date).toBe('2026-01-20')
    expect(balance(ctx, '5100')).toBe(200n)
    expect(balance(ctx, '1300', '2026-01-05')).toBe(200n)
    expect(balance(ctx, '1300')).toBe(1_000n)
    expectLedgerEqualsMoves(ctx, ['2026-01-05', '2026-01-10', '2026-01-20'])
    // What is left is the later, dearer layer.
    const next = deliver(ctx, '2026-01-21', item, 10_000n)
    expect(next.value).toBe(-1_000n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('revalues a moving-average delivery when stock is received before it', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A', { valuation: 'average' })
    receive(ctx, '2026-01-10', item, 10_000n, 100n)
    deliver(ctx, '2026-01-20', item, 5_000n)
    receive(ctx, '2026-01-05', item, 10_000n, 40n)
    // 20 at 1,400 when the delivery of 5 leaves: 350, not 500.
    expect(revaluations(ctx)).toMatchObject([{ date: '2026-01-20', delta: 150n }])
    expect(balance(ctx, '5100')).toBe(350n)
    expect(balance(ctx, '1300')).toBe(1_050n)
    expectLedgerEqualsMoves(ctx, ['2026-01-05', '2026-01-10', '2026-01-20'])
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses stock below zero in its place, now or on any later day, naming item, place and shortfall', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    expect(() => deliver(ctx, '2026-01-01', item, 1_000n)).toThrow(
      'Line 1: Not enough A Item A in MAIN: short by 1 pc',
    )
    receive(ctx, '2026-01-10', item, 5_000n, 100n)
    deliver(ctx, '2026-01-20', item, 4_500n)
    // On the 15th there were 5, but the 20th's delivery needs 4.5 of them.
    expect(() => deliver(ctx, '2026-01-15', item, 1_000n)).toThrow('short by 0.5 pc')
    expect(() => deliver(ctx, '2026-01-05', item, 100n)).toThrow('short by 0.1 pc')
    expect(onHandOf(ctx, item.id)).toBe(500n)
    // The 25th ends where it began, but in between its delivery takes all there is.
    deliver(ctx, '2026-01-25', item, 500n)
    receive(ctx, '2026-01-25', item, 500n, 100n)
    expect(() => deliver(ctx, '2026-01-21', item, 100n)).toThrow('short by 0.1 pc')
    expect(
      ctx.sqlite.prepare("SELECT count(*) AS n FROM stock_document WHERE status = 'draft'").get(),
    ).toEqual({
      n: 0n,
    })
  })

  it('allows negative stock when set to, at the last cost, and corrects the cost when stock arrives', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    setInventorySettings(ctx, { negativeStock: 'allow' })
    receive(ctx, '2026-01-01', item, 2_000n, 100n)
    const delivery = deliver(ctx, '2026-01-05', item, 5_000n)
    expect(delivery.value).toBe(-500n)
    expect(onHandOf(ctx, item.id)).toBe(-3_000n)
    receive(ctx, '2026-01-10', item, 10_000n, 120n)
    expect(revaluations(ctx)).toMatchObject([{ date: '2026-01-05', delta: -60n }])
    expect(balance(ctx, '5100')).toBe(560n)
    expect(balance(ctx, '1300')).toBe(840n)
    expectLedgerEqualsMoves(ctx, ['2026-01-01', '2026-01-05', '2026-01-10'])
    const rest = deliver(ctx, '2026-01-11', item, 7_000n)
    expect(rest.value).toBe(-840n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })
})
