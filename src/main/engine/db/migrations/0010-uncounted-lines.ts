import { sql, type Kysely } from 'kysely'

/**
 * A count sheet's line may be not counted yet: its quantity (and base quantity) become nullable,
 * NULL meaning "not counted" (approving leaves that place's stock as it is), 0 a count of none.
 * SQLite cannot drop NOT NULL in place, so the table is rebuilt with the same columns, keys and
 * guards; every existing line is copied as it is, so its meaning does not change (a 0 stays a
 * count of none). Nothing references the table, and the guards are put back as they were.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const guards = await sql<{ sql: string }>`SELECT sql FROM sqlite_master
    WHERE type = 'trigger' AND tbl_name = 'stock_document_line' ORDER BY name`.execute(db)
  await sql
    .raw(
      `CREATE TABLE stock_document_line_new (
        document_id TEXT NOT NULL REFERENCES stock_document(id),
        line_no INTEGER NOT NULL,
        product_id TEXT NOT NULL REFERENCES product(id),
        unit TEXT NOT NULL,
        quantity INTEGER,
        base_quantity INTEGER,
        expected_quantity INTEGER,
        unit_cost INTEGER CHECK (unit_cost IS NULL OR unit_cost >= 0),
        lot_id TEXT REFERENCES lot(id),
        bin_id TEXT REFERENCES bin(id),
        to_bin_id TEXT REFERENCES bin(id),
        source_line_no INTEGER,
        PRIMARY KEY (document_id, line_no),
        CHECK ((quantity IS NULL) = (base_quantity IS NULL))
      ) STRICT, WITHOUT ROWID`,
    )
    .execute(db)
  await sql`INSERT INTO stock_document_line_new SELECT document_id, line_no, product_id, unit,
    quantity, base_quantity, expected_quantity, unit_cost, lot_id, bin_id, to_bin_id,
    source_line_no FROM stock_document_line`.execute(db)
  await sql`DROP TABLE stock_document_line`.execute(db)
  await sql`ALTER TABLE stock_document_line_new RENAME TO stock_document_line`.execute(db)
  for (const guard of guards.rows) await sql.raw(guard.sql).execute(db)
}
