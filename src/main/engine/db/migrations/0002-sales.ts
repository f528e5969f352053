import { sql, type Kysely } from 'kysely'

/**
 * Sales and purchasing: contacts (customers and suppliers), tax codes, products, documents (sales
 * and purchase) and their lines, payments both ways and their allocations, and the receivables and
 * payables open items kept at posting so the ageing reads only what is open. Documents carry a type and a source-document link so quotes and
 * orders fit the same table, and a currency with an exact integer rate (scaled by 10^9) for later
 * foreign-currency documents. The database refuses a change to a posted document or payment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db)
}

const STATEMENTS = [
  `ALTER TABLE company ADD COLUMN tax_rounding TEXT NOT NULL DEFAULT 'line'
     CHECK (tax_rounding IN ('line', 'document'))`,
  `ALTER TABLE company ADD COLUMN credit_limit_policy TEXT NOT NULL DEFAULT 'warn'
     CHECK (credit_limit_policy IN ('warn', 'refuse'))`,
  `CREATE TABLE contact (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),
    is_customer INTEGER NOT NULL CHECK (is_customer IN (0, 1)),
    is_supplier INTEGER NOT NULL CHECK (is_supplier IN (0, 1)),
    tax_id TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER NOT NULL DEFAULT 0 CHECK (payment_terms_days >= 0),
    credit_limit INTEGER CHECK (credit_limit IS NULL OR credit_limit >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX contact_name ON contact(name)`,
  `CREATE TABLE contact_address (
    contact_id TEXT NOT NULL REFERENCES contact(id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    line1 TEXT NOT NULL DEFAULT '',
    line2 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_id, position)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE contact_person (
    contact_id TEXT NOT NULL REFERENCES contact(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_id, position)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE tax_code (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL,
    rate INTEGER NOT NULL CHECK (rate >= 0 AND rate <= 100000),
    prices_include_tax INTEGER NOT NULL CHECK (prices_include_tax IN (0, 1)),
    output_account_id TEXT NOT NULL REFERENCES account(id),
    input_account_id TEXT NOT NULL REFERENCES account(id),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE product (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('stocked', 'non_stocked', 'service')),
    unit TEXT NOT NULL DEFAULT '',
    sales_price INTEGER NOT NULL DEFAULT 0 CHECK (sales_price >= 0),
    purchase_price INTEGER NOT NULL DEFAULT 0 CHECK (purchase_price >= 0),
    tax_code_id TEXT REFERENCES tax_code(id),
    income_account_id TEXT NOT NULL REFERENCES account(id),
    expense_account_id TEXT NOT NULL REFERENCES account(id),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE document (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('quote', 'sales_order', 'invoice', 'credit_note',
      'purchase_order', 'bill', 'debit_note')),
    number TEXT UNIQUE,
    contact_id TEXT NOT NULL REFERENCES contact(id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    due_date TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    rate INTEGER NOT NULL DEFAULT 1000000000 CHECK (rate > 0),
    status TEXT NOT NULL CHECK (status IN ('draft', 'posted', 'cancelled')),
    source_document_id TEXT REFERENCES document(id),
    journal_entry_id TEXT REFERENCES journal_entry(id),
    cancel_entry_id TEXT REFERENCES journal_entry(id),
    reference TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    net INTEGER NOT NULL DEFAULT 0,
    tax INTEGER NOT NULL DEFAULT 0,
    gross INTEGER NOT NULL DEFAULT 0,
    base_net INTEGER NOT NULL DEFAULT 0,
    base_tax INTEGER NOT NULL DEFAULT 0,
    base_gross INTEGER NOT NULL DEFAULT 0,
    cancelled_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'draft') = (number IS NULL)),
    CHECK ((status = 'cancelled') = (cancel_entry_id IS NOT NULL))
  ) STRICT`,
  `CREATE INDEX document_contact_date ON document(contact_id, date)`,
  `CREATE INDEX document_type_date ON document(type, date)`,
  `CREATE INDEX document_source ON document(source_document_id) WHERE source_document_id IS NOT NULL`,
  `CREATE INDEX document_cancelled ON document(cancelled_on) WHERE cancelled_on IS NOT NULL`,
  `CREATE TABLE document_line (
    document_id TEXT NOT NULL REFERENCES document(id),
    line_no INTEGER NOT NULL,
    product_id TEXT REFERENCES product(id),
    description TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    tax_code_id TEXT REFERENCES tax_code(id),
    account_id TEXT NOT NULL REFERENCES account(id),
    net INTEGER NOT NULL,
    tax INTEGER NOT NULL,
    gross INTEGER NOT NULL,
    PRIMARY KEY (document_id, line_no)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE payment (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    direction TEXT NOT NULL CHECK (direction IN ('received', 'paid')),
    contact_id TEXT NOT NULL REFERENCES contact(id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    account_id TEXT NOT NULL REFERENCES account(id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    rate INTEGER NOT NULL DEFAULT 1000000000 CHECK (rate > 0),
    amount INTEGER NOT NULL CHECK (amount > 0),
    base_amount INTEGER NOT NULL CHECK (base_amount > 0),
    reference TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    journal_entry_id TEXT NOT NULL REFERENCES journal_entry(id),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX payment_contact_date ON payment(contact_id, date)`,
  `CREATE TABLE payment_allocation (
    payment_id TEXT NOT NULL REFERENCES payment(id),
    document_id TEXT NOT NULL REFERENCES document(id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_id, document_id)
  ) STRICT, WITHOUT ROWID`,
  ...openItemStatements('receivable'),
  ...openItemStatements('payable'),
  // A supplier's own invoice number is entered once: a second posted bill with it is refused.
  `CREATE UNIQUE INDEX document_bill_reference ON document(contact_id, lower(trim(reference)))
   WHERE type = 'bill' AND status = 'posted'`,

  `CREATE TRIGGER document_posted_is_final BEFORE UPDATE ON document
   WHEN OLD.status <> 'draft' AND NOT (
     OLD.status = 'posted' AND NEW.status = 'cancelled'
     AND NEW.number IS OLD.number AND NEW.contact_id IS OLD.contact_id AND NEW.date IS OLD.date
     AND NEW.due_date IS OLD.due_date AND NEW.net IS OLD.net AND NEW.tax IS OLD.tax
     AND NEW.gross IS OLD.gross AND NEW.journal_entry_id IS OLD.journal_entry_id
     AND NEW.type IS OLD.type AND NEW.source_document_id IS OLD.source_document_id) BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
  `CREATE TRIGGER document_posted_not_deleted BEFORE DELETE ON document
   WHEN OLD.status <> 'draft' BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
  `CREATE TRIGGER document_line_posted_no_insert BEFORE INSERT ON document_line
   WHEN (SELECT status FROM document WHERE id = NEW.document_id) <> 'draft' BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
  `CREATE TRIGGER document_line_posted_no_update BEFORE UPDATE ON document_line
   WHEN (SELECT status FROM document WHERE id = OLD.document_id) <> 'draft' BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
  `CREATE TRIGGER document_line_posted_no_delete BEFORE DELETE ON document_line
   WHEN (SELECT status FROM document WHERE id = OLD.document_id) <> 'draft' BEGIN
     SELECT RAISE(ABORT, 'posted documents never change');
   END`,
  `CREATE TRIGGER payment_is_final_update BEFORE UPDATE ON payment BEGIN
     SELECT RAISE(ABORT, 'posted payments never change');
   END`,
  `CREATE TRIGGER payment_is_final_delete BEFORE DELETE ON payment BEGIN
     SELECT RAISE(ABORT, 'posted payments never change');
   END`,
  `CREATE TRIGGER payment_allocation_final_update BEFORE UPDATE ON payment_allocation BEGIN
     SELECT RAISE(ABORT, 'posted payments never change');
   END`,
  `CREATE TRIGGER payment_allocation_final_delete BEFORE DELETE ON payment_allocation BEGIN
     SELECT RAISE(ABORT, 'posted payments never change');
   END`,
]

/**
 * Open items for one side, kept at posting so the ageing reads only what is open: receivables
 * (one per posted invoice, credit note or customer payment; the customer owes positive) and
 * payables (one per posted bill, debit note or supplier payment; we owe positive). Twin tables of
 * one shape, so a reader of either never has to tell the sides apart.
 */
function openItemStatements(side: 'receivable' | 'payable'): string[] {
  return [
    `CREATE TABLE ${side}_item (
      id TEXT PRIMARY KEY,
      contact_id TEXT NOT NULL REFERENCES contact(id),
      document_id TEXT REFERENCES document(id),
      payment_id TEXT REFERENCES payment(id),
      date TEXT NOT NULL,
      due_date TEXT NOT NULL,
      amount INTEGER NOT NULL CHECK (amount <> 0),
      settled INTEGER NOT NULL DEFAULT 0,
      closed_on TEXT,
      CHECK ((document_id IS NULL) <> (payment_id IS NULL)),
      CHECK (abs(settled) <= abs(amount) AND settled * amount >= 0),
      CHECK ((closed_on IS NOT NULL) = (settled = amount))
    ) STRICT`,
    // The ageing reads items still open at its date through this index only.
    `CREATE INDEX ${side}_item_open ON ${side}_item(coalesce(closed_on, '9999-12-31'), contact_id)`,
    `CREATE INDEX ${side}_item_contact ON ${side}_item(contact_id, due_date)`,
    `CREATE UNIQUE INDEX ${side}_item_document ON ${side}_item(document_id) WHERE document_id IS NOT NULL`,
    `CREATE UNIQUE INDEX ${side}_item_payment ON ${side}_item(payment_id) WHERE payment_id IS NOT NULL`,
    // A part of an item settled on a day (by a payment, a credit note or a cancellation), same sign.
    `CREATE TABLE ${side}_settlement (
      item_id TEXT NOT NULL REFERENCES ${side}_item(id),
      seq INTEGER NOT NULL,
      date TEXT NOT NULL,
      amount INTEGER NOT NULL CHECK (amount <> 0),
      PRIMARY KEY (item_id, seq)
    ) STRICT, WITHOUT ROWID`,
    `CREATE TRIGGER ${side}_item_fixed BEFORE UPDATE ON ${side}_item
     WHEN NEW.amount IS NOT OLD.amount OR NEW.contact_id IS NOT OLD.contact_id
       OR NEW.date IS NOT OLD.date OR NEW.due_date IS NOT OLD.due_date BEGIN
       SELECT RAISE(ABORT, 'posted documents never change');
     END`,
    `CREATE TRIGGER ${side}_settlement_final_update BEFORE UPDATE ON ${side}_settlement BEGIN
       SELECT RAISE(ABORT, 'posted documents never change');
     END`,
    `CREATE TRIGGER ${side}_settlement_final_delete BEFORE DELETE ON ${side}_settlement BEGIN
       SELECT RAISE(ABORT, 'posted documents never change');
     END`,
  ]
}
