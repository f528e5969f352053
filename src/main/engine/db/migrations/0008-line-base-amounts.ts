import { sql, type Kysely } from 'kysely'
import { linesToBase } from '../../sales/exchange'

/**
 * Each document line's amounts in the company's base currency, so reports that read lines (the
 * tax summary, sales by product) add foreign documents up in base. Posting sets them; existing
 * lines are filled here the way posting converts: each line at its document's rate, the rounding
 * difference on the largest line, so a document's lines sum exactly to its base totals (base
 * documents keep their own amounts). The guard against changing a posted document's lines is
 * lifted for the fill and put back as it was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['base_net', 'base_tax', 'base_gross'])
    await sql
      .raw(`ALTER TABLE document_line ADD COLUMN ${column} INTEGER NOT NULL DEFAULT 0`)
      .execute(db)
  const guard = await sql<{ sql: string }>`SELECT sql FROM sqlite_master
    WHERE type = 'trigger' AND name = 'document_line_posted_no_update'`.execute(db)
  await sql.raw('DROP TRIGGER IF EXISTS document_line_posted_no_update').execute(db)
  await fill(db)
  if (guard.rows[0]) await sql.raw(guard.rows[0].sql).execute(db)
}

// Amounts read as text: integers come back as exact bigints only once the file is open.
interface LineRow {
  document_id: string
  line_no: string
  net: string
  tax: string
  gross: string
  currency: string
  rate: string
  base: string
}

async function fill(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE document_line SET base_net = net, base_tax = tax, base_gross = net + tax
    WHERE document_id IN (SELECT id FROM document
      WHERE currency = (SELECT base_currency FROM company))`.execute(db)
  const { rows } = await sql<LineRow>`SELECT l.document_id, CAST(l.line_no AS TEXT) AS line_no,
      CAST(l.net AS TEXT) AS net, CAST(l.tax AS TEXT) AS tax, CAST(d.gross AS TEXT) AS gross,
      d.currency, CAST(d.rate AS TEXT) AS rate, (SELECT base_currency FROM company) AS base
    FROM document_line l JOIN document d ON d.id = l.document_id
    WHERE d.currency <> (SELECT base_currency FROM company)
    ORDER BY l.document_id, l.line_no`.execute(db)
  let start = 0
  while (start < rows.length) {
    let end = start
    while (end < rows.length && rows[end]!.document_id === rows[start]!.document_id) end++
    const doc = rows[start]!
    const lines = rows.slice(start, end).map((row) => ({
      lineNo: BigInt(row.line_no),
      net: BigInt(row.net),
      tax: BigInt(row.tax),
    }))
    const exchange = { currency: doc.currency, base: doc.base, rate: BigInt(doc.rate) }
    for (const line of linesToBase(lines, BigInt(doc.gross), exchange).lines)
      await sql`UPDATE document_line
        SET base_net = ${line.net}, base_tax = ${line.tax}, base_gross = ${line.net + line.tax}
        WHERE document_id = ${doc.document_id} AND line_no = ${line.lineNo}`.execute(db)
    start = end
  }
}
