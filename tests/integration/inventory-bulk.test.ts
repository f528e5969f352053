import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { dice } from '../../src/main/engine/demo/prng'
import { recordStockDocuments } from '../../src/main/engine/inventory/bulk/record-documents'
import { recordStockDocument } from '../../src/main/engine/inventory/post'
import { addDays } from '../../src/shared/dates'
import type { StockDocumentInput } from '../../src/shared/domain/inventory'
import { DaftarError } from '../../src/shared/errors'
import { tempCompany } from '../helpers/temp-company'
import { addWarehouse, mainWarehouse, stockItem } from './inventory-fixture'

const ITEMS = [
  { code: 'F1', valuation: 'fifo' },
  { code: 'F2', valuation: 'fifo' },
  { code: 'A1', valuation: 'average' },
  { code: 'A2', valuation: 'average' },
  { code: 'LF', valuation: 'fifo', lotTracked: true },
  { code: 'LA', valuation: 'average', lotTracked: true },
] as const

/** A document in codes, so that the same one can be posted in two companies. */
interface Doc {
  type: 'receipt' | 'delivery' | 'transfer' | 'adjustment'
  date: string
  from: number
  lines: { item: number; quantity: bigint; unitCost?: bigint; lot?: string }[]
}

/** A random, valid (under 'refuse') sequence; some receipts are back-dated. */
function randomDocs(seed: number, count: number): Doc[] {
  const roll = dice(seed)
  const held = new Map<string, bigint>()
  const key = (item: number, warehouse: number, lot?: string) => `${item}|${warehouse}|${lot ?? ''}`
  const docs: Doc[] = []
  let date = '2026-01-01'
  for (let n = 0; n < count; n++) {
    if (roll.chance(0.4)) date = addDays(date, roll.int(1, 3))
    const pick = roll.int(1, 100)
    const from = roll.int(0, 1)
    const type =
      n < 6 || pick <= 40
        ? 'receipt'
        : pick <= 70
          ? 'delivery'
          : pick <= 85
            ? 'transfer'
            : 'adjustment'
    const backDated = type === 'receipt' && n > 10 && roll.chance(0.1)
    const doc: Doc = {
      type,
      date: backDated ? addDays(date, -roll.int(2, 6)) : date,
      from,
      lines: [],
    }
    const used = new Set<number>()
    for (let i = roll.int(1, 3); i > 0; i--) {
      const item = roll.int(0, ITEMS.length - 1)
      if (used.has(item)) continue
      used.add(item)
      const lot = 'lotTracked' in ITEMS[item]! ? `L${roll.int(1, 2)}` : undefined
      const have = held.get(key(item, from, lot)) ?? 0n
      let quantity = BigInt(roll.int(1, 20)) * 500n
      if (
        type === 'delivery' ||
        type === 'transfer' ||
        (type === 'adjustment' && roll.chance(0.5))
      ) {
        if (have === 0n) continue
        if (quantity > have) quantity = have
        held.set(key(item, from, lot), have - quantity)
        if (type === 'transfer')
          held.set(key(item, 1 - from, lot), (held.get(key(item, 1 - from, lot)) ?? 0n) + quantity)
        doc.lines.push({ item, quantity: type === 'adjustment' ? -quantity : quantity, lot })
      } else {
        held.set(key(item, from, lot), have + quantity)
        const unitCost = roll.chance(0.8) ? BigInt(roll.int(50, 900)) : undefined
        doc.lines.push({ item, quantity, unitCost, lot })
      }
    }
    if (doc.lines.length > 0) docs.push(doc)
  }
  return docs
}

async function company() {
  const ctx = await tempCompany()
  const items = ITEMS.map((item) =>
    stockItem(ctx, item.code, { valuation: item.valuation, lotTracked: 'lotTracked' in item }),
  )
  const warehouses = [mainWarehouse(ctx), addWarehouse(ctx, 'W2')]
  const input = (doc: Doc): StockDocumentInput => ({
    type: doc.type,
    date: doc.date,
    warehouseId: warehouses[doc.from]!,
    toWarehouseId: doc.type === 'transfer' ? warehouses[1 - doc.from] : undefined,
    reason: doc.type === 'adjustment' ? 'Found or broken' : undefined,
    lines: doc.lines.map((line) => ({
      productId: items[line.item]!.id,
      quantity: line.quantity,
      unitCost: line.unitCost,
      lotNumber: line.lot,
      lotExpiry: line.lot ? '2027-06-30' : undefined,
    })),
  })
  return { ctx, input }
}

/** Every stock table and the ledger, with ids that differ between companies replaced by codes. */
function snapshot(ctx: CompanyContext) {
  const all = (sql: string) => ctx.sqlite.prepare(sql).all()
  const code = (table: string, column: string, alias: string) =>
    `(SELECT ${table === 'lot' ? 'number' : 'code'} FROM ${table} WHERE id = ${alias}.${column})`
  const doc = (alias: string, column = 'document_id') =>
    `(SELECT number FROM stock_document WHERE id = ${alias}.${column})`
  const entry = (alias: string, column: string) =>
    `(SELECT number FROM journal_entry WHERE id = ${alias}.${column})`
  return {
    documents: all(`SELECT number, type, date, ${code('warehouse', 'warehouse_id', 'd')} w,
      ${code('warehouse', 'to_warehouse_id', 'd')} tw, reason, memo, status,
      ${entry('d', 'journal_entry_id')} entry FROM stock_document d ORDER BY number`),
    lines: all(`SELECT ${doc('l')} doc, line_no, ${code('product', 'product_id', 'l')} p, unit,
      quantity, base_quantity, unit_cost, ${code('lot', 'lot_id', 'l')} lot
      FROM stock_document_line l ORDER BY doc, line_no`),
    moves: all(`SELECT id, ${doc('m')} doc, line_no, kind, ${code('product', 'product_id', 'm')} p,
      ${code('warehouse', 'warehouse_id', 'm')} w, ${code('lot', 'lot_id', 'm')} lot, date,
      quantity, value FROM stock_move m ORDER BY id`),
    layers: all(
      `SELECT move_id, remaining_quantity, remaining_value FROM stock_layer ORDER BY move_id`,
    ),
    onHand:
      all(`SELECT ${code('product', 'product_id', 'h')} p, ${code('warehouse', 'warehouse_id', 'h')} w,
      bin_id, (SELECT number FROM lot WHERE id = h.lot_id) lot, quantity FROM stock_on_hand h
      ORDER BY p, w, lot`),
    itemDays: all(`SELECT ${code('product', 'product_id', 'd')} p, day, quantity, value
      FROM stock_item_day d ORDER BY p, day`),
    warehouseDays: all(`SELECT ${code('product', 'product_id', 'd')} p,
      ${code('warehouse', 'warehouse_id', 'd')} w, day, quantity FROM stock_warehouse_day d
      ORDER BY p, w, day`),
    revaluations: all(`SELECT move_id, date, delta, ${entry('r', 'journal_entry_id')} entry
      FROM stock_revaluation r ORDER BY move_id, date`),
    lots: all(
      'SELECT number, expiry_date, (SELECT code FROM product WHERE id = product_id) p FROM lot ORDER BY p, number',
    ),
    entries: all(
      `SELECT number, date, reference, memo, status, source FROM journal_entry ORDER BY number`,
    ),
    journalLines:
      all(`SELECT ${entry('l', 'entry_id')} entry, line_no, ${code('account', 'account_id', 'l')} a,
      date, debit, credit FROM journal_line l ORDER BY entry, line_no`),
    balances: all(`SELECT ${code('account', 'account_id', 'b')} a, day, debit, credit
      FROM account_balance_day b ORDER BY a, day`),
    months: all(`SELECT ${code('account', 'account_id', 'b')} a, month, debit, credit
      FROM account_balance_month b ORDER BY a, month`),
    changes: all(`SELECT entity, operation, count(*) n FROM change_log GROUP BY entity, operation
      ORDER BY entity, operation`),
  }
}

describe('posting stock documents in bulk', () => {
  it('gives the same rows, values, journals and balances as posting them one by one', async () => {
    const docs = randomDocs(7, 160)
    const one = await company()
    const bulk = await company()
    for (const doc of docs) recordStockDocument(one.ctx, one.input(doc))
    const posted = recordStockDocuments(bulk.ctx, docs.map(bulk.input))
    expect(posted).toHaveLength(docs.length)
    const expected = snapshot(one.ctx)
    expect(expected.moves.length).toBeGreaterThan(150)
    expect(expected.revaluations.length).toBeGreaterThan(0)
    expect(snapshot(bulk.ctx)).toEqual(expected)
    expect(checkCompany(one.ctx)).toEqual({ ok: true, problems: [] })
    expect(checkCompany(bulk.ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses the whole batch, naming the document and line, when one document is bad', async () => {
    const { ctx, input } = await company()
    const docs = randomDocs(11, 40)
    recordStockDocuments(ctx, docs.slice(0, 10).map(input))
    const before = snapshot(ctx)
    const bad: Doc = {
      type: 'delivery',
      date: '2026-12-31',
      from: 1,
      lines: [{ item: 0, quantity: 999_000n }],
    }
    const batch = [...docs.slice(10, 20), bad, ...docs.slice(20)].map(input)
    let error: unknown
    try {
      recordStockDocuments(ctx, batch)
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(DaftarError)
    expect((error as DaftarError).message).toMatch(
      /^Document 11: Line 1: Not enough F1 Item F1 in W2/,
    )
    expect((error as DaftarError).details).toMatchObject({
      document: 10,
      field: 'lines.0.quantity',
    })
    expect(snapshot(ctx)).toEqual(before)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })
})
