import { sql, type Kysely } from 'kysely'
import { newId, nowIso } from '../../ids'

/**
 * Inventory: stocked products become items (valuation method, category, reorder point, lots),
 * with units of measure and barcodes; warehouses with bins; stock documents (receipts, deliveries,
 * transfers, adjustments, counts, opening stock) whose posted lines become stock moves. A move's
 * value is the item's valuation (FIFO layers or moving average, company-wide per item); a
 * back-dated move revalues the moves after it, each correction kept in stock_revaluation with its
 * journal. On-hand and per-day cumulative figures are kept in the posting transaction, so a report
 * never reads every move.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db)
  const now = nowIso()
  await sql`INSERT INTO warehouse (id, code, name, created_at, updated_at)
    VALUES (${newId()}, 'MAIN', 'Main warehouse', ${now}, ${now})`.execute(db)
  for (const account of NEW_ACCOUNTS) await addAccount(db, account, now)
}

/** The standard chart's inventory accounts, added to companies made before them. */
const NEW_ACCOUNTS = [
  { code: '2150', name: 'Goods received not invoiced', type: 'liability', parent: '2000' },
  { code: '3900', name: 'Opening balances', type: 'equity', parent: '3000' },
  { code: '5200', name: 'Stock adjustments', type: 'expense', parent: '5000' },
]

/** Only where the heading exists (a standard chart) and the code is free. */
async function addAccount(
  db: Kysely<unknown>,
  account: (typeof NEW_ACCOUNTS)[number],
  now: string,
): Promise<void> {
  const taken = await sql`SELECT 1 FROM account WHERE code = ${account.code}`.execute(db)
  if (taken.rows.length > 0) return
  const parent = await sql<{ id: string; type: string }>`SELECT id, type FROM account
    WHERE code = ${account.parent}`.execute(db)
  const heading = parent.rows[0]
  if (!heading || heading.type !== account.type) return
  await sql`INSERT INTO account (id, code, name, type, parent_id, archived, created_at, updated_at)
    VALUES (${newId()}, ${account.code}, ${account.name}, ${account.type}, ${heading.id}, 0,
      ${now}, ${now})`.execute(db)
}

const STATEMENTS = [
  `ALTER TABLE company ADD COLUMN negative_stock TEXT NOT NULL DEFAULT 'refuse'
     CHECK (negative_stock IN ('refuse', 'allow'))`,
  `CREATE TABLE item_category (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL
  ) STRICT`,
  `ALTER TABLE product ADD COLUMN valuation TEXT NOT NULL DEFAULT 'fifo'
     CHECK (valuation IN ('fifo', 'average'))`,
  `ALTER TABLE product ADD COLUMN category_id TEXT REFERENCES item_category(id)`,
  `ALTER TABLE product ADD COLUMN reorder_level INTEGER NOT NULL DEFAULT 0 CHECK (reorder_level >= 0)`,
  `ALTER TABLE product ADD COLUMN reorder_quantity INTEGER NOT NULL DEFAULT 0
     CHECK (reorder_quantity >= 0)`,
  `ALTER TABLE product ADD COLUMN lot_tracked INTEGER NOT NULL DEFAULT 0 CHECK (lot_tracked IN (0, 1))`,
  // factor: thousandths of the item's base unit in one of this unit (a box of 12 = 12000).
  `CREATE TABLE item_unit (
    product_id TEXT NOT NULL REFERENCES product(id),
    unit TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    factor INTEGER NOT NULL CHECK (factor > 0),
    PRIMARY KEY (product_id, unit)
  ) STRICT, WITHOUT ROWID`,
  // unit NULL: the code stands for one base unit.
  `CREATE TABLE item_barcode (
    code TEXT PRIMARY KEY CHECK (length(trim(code)) > 0),
    product_id TEXT NOT NULL REFERENCES product(id),
    unit TEXT
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX item_barcode_product ON item_barcode(product_id)`,
  `CREATE TABLE warehouse (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    address TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `ALTER TABLE company ADD COLUMN default_warehouse_id TEXT REFERENCES warehouse(id)`,
  `CREATE TABLE bin (
    id TEXT PRIMARY KEY,
    warehouse_id TEXT NOT NULL REFERENCES warehouse(id),
    code TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(code)) > 0),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    UNIQUE (warehouse_id, code)
  ) STRICT`,
  `CREATE TABLE lot (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES product(id),
    number TEXT NOT NULL CHECK (length(trim(number)) > 0),
    expiry_date TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (product_id, number)
  ) STRICT`,
  `CREATE INDEX lot_expiry ON lot(expiry_date) WHERE expiry_date IS NOT NULL`,
  `CREATE TABLE stock_document (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL
      CHECK (type IN ('receipt', 'delivery', 'transfer', 'adjustment', 'count', 'opening')),
    number TEXT UNIQUE,
    date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'posted', 'cancelled')),
    warehouse_id TEXT NOT NULL REFERENCES warehouse(id),
    to_warehouse_id TEXT REFERENCES warehouse(id),
    contact_id TEXT REFERENCES contact(id),
    source_document_id TEXT REFERENCES document(id),
    reason TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    journal_entry_id TEXT REFERENCES journal_entry(id),
    cancel_entry_id TEXT REFERENCES journal_entry(id),
    cancelled_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((type = 'transfer') = (to_warehouse_id IS NOT NULL))
  ) STRICT`,
  `CREATE INDEX stock_document_date ON stock_document(date, type)`,
  `CREATE INDEX stock_document_source ON stock_document(source_document_id)
     WHERE source_document_id IS NOT NULL`,
  // quantity: thousandths of \`unit\` as typed (a count line: what was counted); base_quantity: the
  // same in thousandths of the item's base unit. unit_cost: base-currency minor units per base
  // unit, for lines that bring stock in at a cost.
  `CREATE TABLE stock_document_line (
    document_id TEXT NOT NULL REFERENCES stock_document(id),
    line_no INTEGER NOT NULL,
    product_id TEXT NOT NULL REFERENCES product(id),
    unit TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    base_quantity INTEGER NOT NULL,
    expected_quantity INTEGER,
    unit_cost INTEGER CHECK (unit_cost IS NULL OR unit_cost >= 0),
    lot_id TEXT REFERENCES lot(id),
    bin_id TEXT REFERENCES bin(id),
    to_bin_id TEXT REFERENCES bin(id),
    source_line_no INTEGER,
    PRIMARY KEY (document_id, line_no)
  ) STRICT, WITHOUT ROWID`,
  // The stock ledger. id orders moves posted on the same date. quantity: signed thousandths of the
  // base unit (in > 0, out < 0). value: signed base-currency minor units as currently valued
  // (a revaluation updates it and records the change in stock_revaluation).
  `CREATE TABLE stock_move (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES stock_document(id),
    line_no INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN
      ('receipt', 'delivery', 'transfer_out', 'transfer_in', 'adjustment', 'count', 'opening',
       'cancel')),
    product_id TEXT NOT NULL REFERENCES product(id),
    warehouse_id TEXT NOT NULL REFERENCES warehouse(id),
    bin_id TEXT REFERENCES bin(id),
    lot_id TEXT REFERENCES lot(id),
    date TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity <> 0),
    value INTEGER NOT NULL
  ) STRICT`,
  `CREATE INDEX stock_move_item_date ON stock_move(product_id, date, id)`,
  `CREATE INDEX stock_move_document ON stock_move(document_id)`,
  `CREATE TABLE stock_revaluation (
    id TEXT PRIMARY KEY,
    move_id INTEGER NOT NULL REFERENCES stock_move(id),
    date TEXT NOT NULL,
    delta INTEGER NOT NULL,
    journal_entry_id TEXT REFERENCES journal_entry(id),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX stock_revaluation_move ON stock_revaluation(move_id)`,
  // FIFO layers: what is left of each incoming move, rebuilt from the moves when one is back-dated.
  `CREATE TABLE stock_layer (
    move_id INTEGER PRIMARY KEY REFERENCES stock_move(id),
    product_id TEXT NOT NULL REFERENCES product(id),
    remaining_quantity INTEGER NOT NULL,
    remaining_value INTEGER NOT NULL
  ) STRICT`,
  `CREATE INDEX stock_layer_open ON stock_layer(product_id, move_id) WHERE remaining_quantity <> 0`,
  // On hand now, per place. bin_id and lot_id are '' where none.
  `CREATE TABLE stock_on_hand (
    product_id TEXT NOT NULL REFERENCES product(id),
    warehouse_id TEXT NOT NULL REFERENCES warehouse(id),
    bin_id TEXT NOT NULL DEFAULT '',
    lot_id TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,
    PRIMARY KEY (product_id, warehouse_id, bin_id, lot_id)
  ) STRICT, WITHOUT ROWID`,
  // Cumulative figures at the end of each day an item moved: company-wide quantity and value,
  // and quantity per warehouse. As of a date = each item's latest row on or before it.
  `CREATE TABLE stock_item_day (
    product_id TEXT NOT NULL REFERENCES product(id),
    day TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (product_id, day)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE stock_warehouse_day (
    product_id TEXT NOT NULL REFERENCES product(id),
    warehouse_id TEXT NOT NULL REFERENCES warehouse(id),
    day TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    PRIMARY KEY (product_id, warehouse_id, day)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TRIGGER stock_document_posted_is_final BEFORE UPDATE ON stock_document
   WHEN OLD.status <> 'draft' AND NOT (
     OLD.status = 'posted' AND NEW.status = 'cancelled'
     AND NEW.number IS OLD.number AND NEW.date IS OLD.date AND NEW.type IS OLD.type
     AND NEW.warehouse_id IS OLD.warehouse_id AND NEW.to_warehouse_id IS OLD.to_warehouse_id
     AND NEW.journal_entry_id IS OLD.journal_entry_id) BEGIN
     SELECT RAISE(ABORT, 'posted stock documents never change');
   END`,
  `CREATE TRIGGER stock_document_posted_not_deleted BEFORE DELETE ON stock_document
   WHEN OLD.status <> 'draft' BEGIN
     SELECT RAISE(ABORT, 'posted stock documents never change');
   END`,
  `CREATE TRIGGER stock_line_posted_no_insert BEFORE INSERT ON stock_document_line
   WHEN (SELECT status FROM stock_document WHERE id = NEW.document_id) <> 'draft' BEGIN
     SELECT RAISE(ABORT, 'posted stock documents never change');
   END`,
  `CREATE TRIGGER stock_line_posted_no_update BEFORE UPDATE ON stock_document_line
   WHEN (SELECT status FROM stock_document WHERE id = OLD.document_id) <> 'draft' BEGIN
     SELECT RAISE(ABORT, 'posted stock documents never change');
   END`,
  `CREATE TRIGGER stock_line_posted_no_delete BEFORE DELETE ON stock_document_line
   WHEN (SELECT status FROM stock_document WHERE id = OLD.document_id) <> 'draft' BEGIN
     SELECT RAISE(ABORT, 'posted stock documents never change');
   END`,
  // A move's place, item, date and quantity are final; only its value may be revalued.
  `CREATE TRIGGER stock_move_is_final BEFORE UPDATE ON stock_move
   WHEN NEW.product_id IS NOT OLD.product_id OR NEW.warehouse_id IS NOT OLD.warehouse_id
     OR NEW.date IS NOT OLD.date OR NEW.quantity IS NOT OLD.quantity
     OR NEW.document_id IS NOT OLD.document_id BEGIN
     SELECT RAISE(ABORT, 'stock moves never change, only their value is revalued');
   END`,
  `CREATE TRIGGER stock_move_not_deleted BEFORE DELETE ON stock_move BEGIN
     SELECT RAISE(ABORT, 'stock moves never change, only their value is revalued');
   END`,
]
