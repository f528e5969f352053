import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { openCompany } from '../../src/main/engine/company/company-file'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { payablesAgeing } from '../../src/main/engine/payables/payables-ageing'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { SCHEMA_VERSION } from '../../src/main/engine/db/migrations'
import { contactBalance, openInvoiceItems } from '../../src/main/engine/receivables/open-items'
import { tempCompany } from '../helpers/temp-company'

const SIDES = ['receivable', 'payable'] as const

/**
 * Puts a company's open items back as schema 10 kept them: their own ids (not their document's
 * or payment's), settlements pointing at those, and the five B-trees of migration 0002. What a
 * file written before migration 0011 holds.
 */
function asSchema10(ctx: CompanyContext): void {
  const { sqlite } = ctx
  sqlite.pragma('foreign_keys = OFF')
  sqlite.transaction(() => {
    for (const side of SIDES) {
      const item = `${side}_item`
      const settlement = `${side}_settlement`
      sqlite.exec(`CREATE TABLE ${item}_old (
        id TEXT PRIMARY KEY,
        contact_id TEXT NOT NULL REFERENCES contact(id),
        document_id TEXT REFERENCES document(id),
        payment_id TEXT REFERENCES payment(id),
        date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount <> 0),
        settled INTEGER NOT NULL DEFAULT 0,
        closed_on TEXT, currency TEXT, doc_amount INTEGER, doc_settled INTEGER NOT NULL DEFAULT 0,
        CHECK ((document_id IS NULL) <> (payment_id IS NULL)),
        CHECK (abs(settled) <= abs(amount) AND settled * amount >= 0),
        CHECK ((closed_on IS NOT NULL) = (settled = amount))
      ) STRICT`)
      sqlite.exec(`INSERT INTO ${item}_old SELECT 'v10-' || id, contact_id, document_id, payment_id,
        date, due_date, amount, settled, closed_on, currency, doc_amount, doc_settled FROM ${item}`)
      sqlite.exec(`DROP TRIGGER ${settlement}_final_update`)
      sqlite.exec(`UPDATE ${settlement} SET item_id = 'v10-' || item_id`)
      sqlite.exec(`CREATE TRIGGER ${settlement}_final_update BEFORE UPDATE ON ${settlement} BEGIN
        SELECT RAISE(ABORT, 'posted documents never change'); END`)
      sqlite.exec(`DROP TABLE ${item}`)
      sqlite.exec(`ALTER TABLE ${item}_old RENAME TO ${item}`)
      sqlite.exec(`
        CREATE INDEX ${item}_open ON ${item}(coalesce(closed_on, '9999-12-31'), contact_id);
        CREATE INDEX ${item}_contact ON ${item}(contact_id, due_date);
        CREATE UNIQUE INDEX ${item}_document ON ${item}(document_id) WHERE document_id IS NOT NULL;
        CREATE UNIQUE INDEX ${item}_payment ON ${item}(payment_id) WHERE payment_id IS NOT NULL;
        CREATE TRIGGER ${item}_fixed BEFORE UPDATE ON ${item}
          WHEN NEW.amount IS NOT OLD.amount OR NEW.contact_id IS NOT OLD.contact_id
            OR NEW.date IS NOT OLD.date OR NEW.due_date IS NOT OLD.due_date BEGIN
            SELECT RAISE(ABORT, 'posted documents never change');
          END;`)
    }
    sqlite.exec(`DELETE FROM kysely_migration WHERE name >= '0011'`)
    sqlite.pragma('user_version = 10')
  })()
  sqlite.pragma('foreign_keys = ON')
}

/** Every item and settlement, keyed by what they stand for rather than their own ids. */
function openBook(ctx: CompanyContext) {
  return SIDES.map((side) => ({
    items: ctx.sqlite
      .prepare(
        `SELECT coalesce(document_id, payment_id) AS of, contact_id, date, due_date, amount,
           settled, closed_on, currency, doc_amount, doc_settled FROM ${side}_item ORDER BY of`,
      )
      .all(),
    settlements: ctx.sqlite
      .prepare(
        `SELECT coalesce(i.document_id, i.payment_id) AS of, s.seq, s.date, s.amount, s.doc_amount
         FROM ${side}_settlement s JOIN ${side}_item i ON i.id = s.item_id ORDER BY of, s.seq`,
      )
      .all(),
  }))
}

describe('migrations 0011 and 0012: open items keyed by their document or payment, indexed by due date', () => {
  it('rekeys every item and settlement of a schema-10 file, and the books read the same', async () => {
    const old = await tempCompany()
    generateDemo(old, { seed: 4, today: '2026-03-18' })
    const file = old.path
    const book = openBook(old)
    const ageing = receivablesAgeing(old, { asOf: '2026-03-18' })
    const owed = payablesAgeing(old, { asOf: '2026-03-18' })
    expect(book[0]!.settlements.length).toBeGreaterThan(0)
    asSchema10(old)
    expect(old.sqlite.prepare('SELECT id FROM receivable_item LIMIT 1').get()).toEqual({
      id: expect.stringMatching(/^v10-/),
    })
    old.close()

    const ctx = await openCompany(file, { userName: 'tester' })
    expect(ctx.sqlite.pragma('user_version', { simple: true })).toBe(BigInt(SCHEMA_VERSION))
    expect(openBook(ctx)).toEqual(book)
    for (const side of SIDES) {
      expect(
        ctx.sqlite
          .prepare(
            `SELECT count(*) AS n FROM ${side}_item WHERE id <> coalesce(document_id, payment_id)`,
          )
          .get(),
      ).toEqual({ n: 0n })
      const indexes = ctx.sqlite
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`)
        .all(`${side}_item`)
      expect(indexes).toEqual([{ name: `${side}_item_open` }])
    }
    expect(receivablesAgeing(ctx, { asOf: '2026-03-18' })).toEqual(ageing)
    expect(payablesAgeing(ctx, { asOf: '2026-03-18' })).toEqual(owed)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
    // The guards came back: a settled part never changes.
    expect(() =>
      ctx.sqlite.prepare('UPDATE receivable_settlement SET amount = amount + 1').run(),
    ).toThrow('posted documents never change')
    ctx.close()
  })

  it('keeps the open-item index in due-date order, and reads a contact’s open items from it', async () => {
    const ctx = await tempCompany()
    generateDemo(ctx, { seed: 4, today: '2026-03-18' })
    for (const side of SIDES)
      expect(
        ctx.sqlite
          .prepare(`SELECT sql FROM sqlite_master WHERE name = ?`)
          .pluck()
          .get(`${side}_item_open`),
      ).toContain(`(coalesce(closed_on, '9999-12-31'), due_date, contact_id)`)
    const plan = (sql: string) =>
      (ctx.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[])
        .map((row) => row.detail)
        .join('\n')
    expect(
      plan(`SELECT coalesce(sum(amount - settled), 0) FROM receivable_item
        WHERE coalesce(closed_on, '9999-12-31') = '9999-12-31' AND contact_id = ?`),
    ).toMatch(/SEARCH receivable_item USING INDEX receivable_item_open \(<expr>=\?\)/)
    const customer = ctx.sqlite
      .prepare(`SELECT contact_id AS id FROM receivable_item WHERE closed_on IS NULL LIMIT 1`)
      .get() as { id: string }
    const open = ctx.sqlite
      .prepare(
        `SELECT id, amount - settled AS open FROM receivable_item
         WHERE closed_on IS NULL AND contact_id = ? ORDER BY due_date, date, id`,
      )
      .all(customer.id) as { id: string; open: bigint }[]
    expect(contactBalance(ctx, customer.id)).toBe(open.reduce((sum, item) => sum + item.open, 0n))
    expect(openInvoiceItems(ctx, customer.id).map((item) => item.id)).toEqual(
      open.filter((item) => item.open > 0n).map((item) => item.id),
    )
    ctx.close()
  })
})
