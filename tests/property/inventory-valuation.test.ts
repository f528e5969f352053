import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/dates'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { tempCompany } from '../helpers/temp-company'
import {
  addWarehouse,
  balance,
  mainWarehouse,
  moveValue,
  post,
  stockItem,
} from '../integration/inventory-fixture'

type Kind = 'receipt' | 'delivery' | 'transfer' | 'adjustIn' | 'adjustOut'

const step = fc.record({
  kind: fc.constantFrom<Kind>(
    'receipt',
    'receipt',
    'delivery',
    'delivery',
    'transfer',
    'adjustIn',
    'adjustOut',
  ),
  item: fc.nat(1),
  warehouse: fc.nat(1),
  day: fc.nat(20),
  quantity: fc.integer({ min: 1, max: 9_000 }).map(BigInt),
  unitCost: fc.integer({ min: 0, max: 997 }).map(BigInt),
})
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

/** A move as the reference keeps it: fixed `value` for stock in at a cost, null where valued. */
interface RefMove {
  seq: number
  day: string
  warehouse: number
  quantity: bigint
  value: bigint | null
  transfer: boolean
}

const ordered = (moves: RefMove[]) =>
  [...moves].sort((a, b) => (a.day === b.day ? a.seq - b.seq : a.day < b.day ? -1 : 1))

/** The plain reference: every move valued again from the start, FIFO as a list of lots. */
function referenceValues(moves: RefMove[], method: 'fifo' | 'average'): Map<number, bigint> {
  const values = new Map<number, bigint>()
  const lots: { quantity: bigint; value: bigint }[] = []
  let quantity = 0n
  let value = 0n
  for (const move of ordered(moves)) {
    if (move.transfer) {
      values.set(move.seq, 0n)
    } else if (move.quantity > 0n) {
      values.set(move.seq, move.value!)
      lots.push({ quantity: move.quantity, value: move.value! })
      quantity += move.quantity
      value += move.value!
    } else if (method === 'average') {
      const out = -move.quantity
      const taken = out === quantity ? value : (value * out) / quantity
      values.set(move.seq, -taken)
      quantity -= out
      value -= taken
    } else {
      let need = -move.quantity
      let taken = 0n
      while (need > 0n) {
        const lot = lots[0]!
        const part = need < lot.quantity ? need : lot.quantity
        const partValue = part === lot.quantity ? lot.value : (lot.value * part) / lot.quantity
        lot.quantity -= part
        lot.value -= partValue
        if (lot.quantity === 0n) lots.shift()
        need -= part
        taken += partValue
      }
      values.set(move.seq, -taken)
    }
  }
  return values
}

/** Refused when the warehouse would hold less than nothing after any move from its own on. */
function fits(moves: RefMove[], added: RefMove[]): boolean {
  const all = ordered([...moves, ...added])
  for (const warehouse of [0, 1]) {
    let held = 0n
    for (const move of all) {
      if (move.warehouse !== warehouse) continue
      held += move.quantity
      if (held < 0n) return false
    }
  }
  return true
}

function apply(ctx: CompanyContext, s: Step, itemId: string, warehouses: string[], day: string) {
  const at = { warehouseId: warehouses[s.warehouse]! }
  const line = { productId: itemId, quantity: s.quantity }
  switch (s.kind) {
    case 'receipt':
      return post(ctx, 'receipt', day, [{ ...line, unitCost: s.unitCost }], at)
    case 'adjustIn':
      return post(ctx, 'adjustment', day, [{ ...line, unitCost: s.unitCost }], at)
    case 'delivery':
      return post(ctx, 'delivery', day, [line], at)
    case 'adjustOut':
      return post(ctx, 'adjustment', day, [{ ...line, quantity: -s.quantity }], at)
    case 'transfer':
      return post(ctx, 'transfer', day, [line], {
        ...at,
        toWarehouseId: warehouses[1 - s.warehouse]!,
      })
  }
}

function refMoves(s: Step, seq: number, day: string): RefMove[] {
  const incoming = s.kind === 'receipt' || s.kind === 'adjustIn'
  const value = incoming ? (s.quantity * s.unitCost + 500n) / 1000n : null
  const base = { seq, day, warehouse: s.warehouse, value, transfer: s.kind === 'transfer' }
  if (s.kind !== 'transfer') return [{ ...base, quantity: incoming ? s.quantity : -s.quantity }]
  return [
    { ...base, quantity: -s.quantity },
    { ...base, seq: seq + 0.5, warehouse: 1 - s.warehouse, quantity: s.quantity },
  ]
}

describe('inventory valuation property', () => {
  it('values FIFO and moving-average items like a plain reference, back-dated moves included, and the ledger agrees at every date', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const ctx = await tempCompany()
        try {
          const items = [
            stockItem(ctx, 'F', { valuation: 'fifo' }),
            stockItem(ctx, 'V', { valuation: 'average' }),
          ]
          const warehouses = [mainWarehouse(ctx), addWarehouse(ctx, 'SHOP')]
          const moves: RefMove[][] = [[], []]
          const documents: { id: string; item: number; seq: number }[] = []
          steps.forEach((s, seq) => {
            const day = addDays('2026-01-01', s.day)
            const added = refMoves(s, seq, day)
            const ok = fits(moves[s.item]!, added)
            if (!ok) {
              expect(() => apply(ctx, s, items[s.item]!.id, warehouses, day)).toThrow(/Not enough/)
              return
            }
            const document = apply(ctx, s, items[s.item]!.id, warehouses, day)
            moves[s.item]!.push(...added)
            documents.push({ id: document.id, item: s.item, seq })
          })
          const expected = [
            referenceValues(moves[0]!, 'fifo'),
            referenceValues(moves[1]!, 'average'),
          ]
          const valueOf = ctx.sqlite.prepare(
            'SELECT coalesce(sum(value), 0) AS v FROM stock_move WHERE document_id = ?',
          )
          for (const document of documents) {
            const want = expected[document.item]!.get(document.seq)!
            expect((valueOf.get(document.id) as { v: bigint }).v).toBe(want)
          }
          for (let day = 0; day <= 20; day++) {
            const date = addDays('2026-01-01', day)
            expect(balance(ctx, '1300', date)).toBe(moveValue(ctx, date))
          }
          expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
        } finally {
          ctx.close()
        }
      }),
      { numRuns: 40 },
    )
  }, 120_000)
})
