import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { call } from '../../src/main/engine/rpc/dispatch'
import type { EngineSession } from '../../src/main/engine/session/engine-session'
import { en } from '../../src/renderer/i18n/en'
import { rpcCompany } from '../helpers/rpc-company'

/** The Import screen's examples: what a user pastes with "Paste the example". */
const ITEMS = en['import.example.items']
const OPENING = en['import.example.openingStock']

describe('items and opening stock over RPC, as the Import screen sends them', () => {
  let session: EngineSession
  beforeEach(async () => {
    session = (await rpcCompany()).session
  })
  afterEach(() => session.close())

  /** Every row the file holds that an import may write: nothing may move on a refusal. */
  const written = () => {
    const ctx = session.requireCompany()
    const count = (table: 'change_log' | 'stock_move' | 'product' | 'journal_entry') =>
      ctx.q.first(ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<bigint>().as('n')))!.n
    return [count('change_log'), count('stock_move'), count('product'), count('journal_entry')]
  }

  it('checks a file with bad lines, naming each line and column, and writes nothing', async () => {
    const before = written()
    const items = await call(session, 'import.items', {
      csv: ITEMS.replace('fifo', 'lifo').replace('crate=20', 'crate'),
      dryRun: true,
    })
    expect(items.created).toBe(0)
    expect(items.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'valuation'],
      [3, 'units'],
    ])
    await call(session, 'import.items', { csv: ITEMS })
    const afterItems = written()

    const bad = `${OPENING}\nW1,ATTIC,3,7.00,,,,2026-01-01\nMILK,MAIN,5,0.80,,,,2026-01-01`
    for (const dryRun of [true, false]) {
      const refused = await call(session, 'import.openingStock', { csv: bad, dryRun })
      expect(refused).toMatchObject({ dryRun, rows: 4, created: 0 })
      expect(refused.stock).toBeUndefined()
      expect(refused.problems.map((p) => [p.line, p.field, p.message])).toEqual([
        [4, 'warehouse', 'No warehouse has the code ATTIC'],
        [5, 'lot', 'MILK is tracked by lot: give the lot number'],
      ])
    }
    expect(written()).toEqual(afterItems)
    expect(afterItems).not.toEqual(before)
  })

  it('imports the examples: items, then their opening stock posted with its moves and value', async () => {
    const checked = await call(session, 'import.items', { csv: ITEMS, dryRun: true })
    expect(checked).toEqual({ dryRun: true, rows: 2, created: 2, problems: [] })
    expect(await call(session, 'items.list', {})).toEqual([])
    expect(await call(session, 'import.items', { csv: ITEMS })).toMatchObject({ created: 2 })
    const items = await call(session, 'items.list', {})
    expect(items.map((item) => [item.product.code, item.valuation, item.lotTracked])).toEqual([
      ['MILK', 'average', true],
      ['W1', 'fifo', false],
    ])

    // 40 x 7.00 + 24 x 0.80 = 299.20, in one document for MAIN on 2026-01-01.
    const stock = { moves: 2, value: 29_920n }
    const dry = await call(session, 'import.openingStock', { csv: OPENING, dryRun: true })
    expect(dry).toEqual({ dryRun: true, rows: 2, created: 1, problems: [], stock })
    expect(await call(session, 'stockDocuments.list', {})).toEqual([])
    const done = await call(session, 'import.openingStock', { csv: OPENING })
    expect(done).toEqual({ dryRun: false, rows: 2, created: 1, problems: [], stock })

    const available = await call(session, 'items.availability', {
      productIds: items.map((item) => item.product.id),
    })
    expect(available.map((a) => [a.code, a.onHand])).toEqual([
      ['MILK', 24_000n],
      ['W1', 40_000n],
    ])
    const [document] = await call(session, 'stockDocuments.list', { type: 'opening' })
    expect(document).toMatchObject({ warehouseCode: 'MAIN', status: 'posted', lineCount: 2 })
    expect(checkCompany(session.requireCompany()).ok).toBe(true)
  })
})
