import { sql, type Kysely } from 'kysely'

/**
 * The sales flow: which order line each invoice line invoices (so an order knows what is left),
 * quotes and orders closed by hand (declined, or closed with a rest never to be invoiced), and the
 * company's details printed on its documents. Issued quotes and orders are `posted` documents with
 * a number and no journal; nothing here touches the ledger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db)
}

const STATEMENTS = [
  `CREATE TABLE document_line_source (
    document_id TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    source_document_id TEXT NOT NULL,
    source_line_no INTEGER NOT NULL,
    PRIMARY KEY (document_id, line_no),
    FOREIGN KEY (document_id, line_no) REFERENCES document_line(document_id, line_no),
    FOREIGN KEY (source_document_id, source_line_no) REFERENCES document_line(document_id, line_no)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX document_line_source_of ON document_line_source(source_document_id, source_line_no)`,
  `CREATE TABLE document_closure (
    document_id TEXT PRIMARY KEY REFERENCES document(id),
    closed_on TEXT NOT NULL CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE company_print_details (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    address TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    logo BLOB,
    footer TEXT NOT NULL DEFAULT ''
  ) STRICT`,
  `CREATE TRIGGER document_line_source_final_update BEFORE UPDATE ON document_line_source BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
  `CREATE TRIGGER document_line_source_final_delete BEFORE DELETE ON document_line_source BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
  `CREATE TRIGGER document_closure_final_update BEFORE UPDATE ON document_closure BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
  `CREATE TRIGGER document_closure_final_delete BEFORE DELETE ON document_closure BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
]
