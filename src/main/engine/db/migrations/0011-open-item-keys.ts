import { sql, type Kysely } from 'kysely'

/**
 * An open item is keyed by the document or payment it stands for (one each, as before), in a
 * table clustered on that key: posting an invoice writes its item into two B-trees (the table
 * and the open-item index) instead of five (table, row key, open, contact and document indexes).
 * The open-item index takes the contact and due date, so a contact's open items, the only ones
 * read by contact, are found through it; the separate contact index goes. Every item and
 * settlement is copied with the new key; nothing else changes. Runs with foreign keys off, and
 * the runner checks them all before it commits (see `openDatabase`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const side of ['receivable', 'payable'] as const) await rekey(db, side)
}

async function rekey(db: Kysely<unknown>, side: 'receivable' | 'payable'): Promise<void> {
  const item = `${side}_item`
  const settlement = `${side}_settlement`
  const guards = await sql<{ sql: string }>`SELECT sql FROM sqlite_master
    WHERE type = 'trigger' AND tbl_name IN (${item}, ${settlement}) ORDER BY name`.execute(db)
  await sql
    .raw(
      `CREATE TABLE ${item}_new (
        id TEXT PRIMARY KEY,
        contact_id TEXT NOT NULL REFERENCES contact(id),
        document_id TEXT REFERENCES document(id),
        payment_id TEXT REFERENCES payment(id),
        date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount <> 0),
        settled INTEGER NOT NULL DEFAULT 0,
        closed_on TEXT,
        currency TEXT,
        doc_amount INTEGER,
        doc_settled INTEGER NOT NULL DEFAULT 0,
        CHECK ((document_id IS NULL) <> (payment_id IS NULL)),
        CHECK (id = coalesce(document_id, payment_id)),
        CHECK (abs(settled) <= abs(amount) AND settled * amount >= 0),
        CHECK ((closed_on IS NOT NULL) = (settled = amount))
      ) STRICT, WITHOUT ROWID`,
    )
    .execute(db)
  await sql
    .raw(
      `INSERT INTO ${item}_new SELECT coalesce(document_id, payment_id), contact_id, document_id,
         payment_id, date, due_date, amount, settled, closed_on, currency, doc_amount, doc_settled
       FROM ${item}`,
    )
    .execute(db)
  for (const guard of guards.rows) {
    const name = /CREATE TRIGGER (\S+)/.exec(guard.sql)![1]!
    await sql.raw(`DROP TRIGGER ${name}`).execute(db)
  }
  await sql
    .raw(
      `UPDATE ${settlement} SET item_id =
         (SELECT coalesce(i.document_id, i.payment_id) FROM ${item} i WHERE i.id = item_id)`,
    )
    .execute(db)
  await sql.raw(`DROP TABLE ${item}`).execute(db)
  await sql.raw(`ALTER TABLE ${item}_new RENAME TO ${item}`).execute(db)
  await sql
    .raw(
      `CREATE INDEX ${item}_open ON ${item}(coalesce(closed_on, '9999-12-31'), contact_id, due_date)`,
    )
    .execute(db)
  for (const guard of guards.rows) await sql.raw(guard.sql).execute(db)
}
