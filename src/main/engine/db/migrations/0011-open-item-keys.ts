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
  await numberIndexWithoutDrafts(db)
}

/**
 * A document's number was unique through a column constraint, whose index also held every draft
 * (a NULL): posting moved an entry from the drafts' end of that index to the numbers' end, two
 * pages. The index now holds numbers only. SQLite cannot drop a column constraint, so the table
 * is rebuilt from its own definition less that word, its indexes and guards put back as they were.
 */
async function numberIndexWithoutDrafts(db: Kysely<unknown>): Promise<void> {
  const table = await sql<{ sql: string }>`SELECT sql FROM sqlite_master
    WHERE type = 'table' AND name = 'document'`.execute(db)
  const definition = table.rows[0]!.sql
  if (!definition.includes('number TEXT UNIQUE,'))
    throw new Error('The document table is not as migration 0002 made it')
  const dependents = await sql<{ sql: string }>`SELECT sql FROM sqlite_master
    WHERE tbl_name = 'document' AND type IN ('index', 'trigger') AND sql IS NOT NULL
    ORDER BY type, name`.execute(db)
  await sql
    .raw(
      definition
        .replace('number TEXT UNIQUE,', 'number TEXT,')
        .replace(/CREATE TABLE "?document"?/, 'CREATE TABLE document_new'),
    )
    .execute(db)
  await sql`INSERT INTO document_new SELECT * FROM document`.execute(db)
  await sql`DROP TABLE document`.execute(db)
  // Other tables' guards name `document`: the rename must not re-read them while it is missing.
  await sql`PRAGMA legacy_alter_table = ON`.execute(db)
  await sql`ALTER TABLE document_new RENAME TO document`.execute(db)
  await sql`PRAGMA legacy_alter_table = OFF`.execute(db)
  for (const dependent of dependents.rows) await sql.raw(dependent.sql).execute(db)
  await sql`CREATE UNIQUE INDEX document_number ON document(number) WHERE number IS NOT NULL`.execute(
    db,
  )
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
