import { sql, type Kysely } from 'kysely'

/**
 * The foundation: company settings, devices and number series, the chart of accounts, journal
 * entries and lines, balances kept per account and day and month, and the append-only change log.
 * The database itself refuses what must never happen: an unbalanced posted entry, a change to a
 * posted entry, a posting on or before the lock date, an edit of the change log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db)
}

const STATEMENTS = [
  `CREATE TABLE company (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    base_currency TEXT NOT NULL CHECK (length(base_currency) = 3),
    currency_decimals INTEGER NOT NULL CHECK (currency_decimals BETWEEN 0 AND 3),
    fiscal_year_start TEXT NOT NULL DEFAULT '01-01',
    locale TEXT NOT NULL DEFAULT 'en',
    lock_date TEXT,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE device (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL UNIQUE,
    is_local INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE number_series (
    series TEXT NOT NULL,
    prefix TEXT NOT NULL,
    next_value INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (series, prefix)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE account (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
    parent_id TEXT REFERENCES account(id),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX account_parent ON account(parent_id)`,
  `CREATE TABLE journal_entry (
    id TEXT PRIMARY KEY,
    number TEXT UNIQUE,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    reference TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'posted')),
    source TEXT NOT NULL DEFAULT 'manual',
    reverses_id TEXT REFERENCES journal_entry(id),
    posted_at TEXT,
    created_at TEXT NOT NULL,
    CHECK ((status = 'posted') = (number IS NOT NULL AND posted_at IS NOT NULL))
  ) STRICT`,
  `CREATE INDEX journal_entry_date ON journal_entry(date, id)`,
  // Partial: only reversals carry one, so ordinary postings pay nothing for it.
  `CREATE UNIQUE INDEX journal_entry_reverses ON journal_entry(reverses_id) WHERE reverses_id IS NOT NULL`,
  // Lines may be written before their entry within one transaction (bulk import), hence DEFERRED.
  `CREATE TABLE journal_line (
    entry_id TEXT NOT NULL REFERENCES journal_entry(id) DEFERRABLE INITIALLY DEFERRED,
    line_no INTEGER NOT NULL,
    account_id TEXT NOT NULL REFERENCES account(id),
    date TEXT NOT NULL,
    debit INTEGER NOT NULL DEFAULT 0,
    credit INTEGER NOT NULL DEFAULT 0,
    memo TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, line_no),
    CHECK (debit >= 0 AND credit >= 0 AND (debit > 0) + (credit > 0) = 1)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX journal_line_account_date ON journal_line(account_id, date)`,
  `CREATE TABLE account_balance_day (
    account_id TEXT NOT NULL REFERENCES account(id),
    day TEXT NOT NULL,
    debit INTEGER NOT NULL DEFAULT 0,
    credit INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE account_balance_month (
    account_id TEXT NOT NULL REFERENCES account(id),
    month TEXT NOT NULL,
    debit INTEGER NOT NULL DEFAULT 0,
    credit INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, month)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    data TEXT NOT NULL,
    user_name TEXT NOT NULL,
    device_id TEXT NOT NULL,
    hlc TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX change_log_entity ON change_log(entity, entity_id)`,

  // The ledger's rules, held by the database as well as by the services.
  `CREATE TRIGGER journal_entry_balanced_on_insert AFTER INSERT ON journal_entry
   WHEN NEW.status = 'posted' BEGIN
     SELECT RAISE(ABORT, 'unbalanced journal entry')
     WHERE (SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0) FROM journal_line WHERE entry_id = NEW.id) <> 0
        OR NOT EXISTS (SELECT 1 FROM journal_line WHERE entry_id = NEW.id);
   END`,
  `CREATE TRIGGER journal_entry_balanced_on_post AFTER UPDATE OF status ON journal_entry
   WHEN NEW.status = 'posted' BEGIN
     SELECT RAISE(ABORT, 'unbalanced journal entry')
     WHERE (SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0) FROM journal_line WHERE entry_id = NEW.id) <> 0
        OR NOT EXISTS (SELECT 1 FROM journal_line WHERE entry_id = NEW.id);
   END`,
  `CREATE TRIGGER journal_entry_lock_date_on_insert BEFORE INSERT ON journal_entry
   WHEN NEW.status = 'posted' AND NEW.date <= (SELECT lock_date FROM company) BEGIN
     SELECT RAISE(ABORT, 'posting date is on or before the lock date');
   END`,
  `CREATE TRIGGER journal_entry_lock_date_on_post BEFORE UPDATE OF status ON journal_entry
   WHEN NEW.status = 'posted' AND NEW.date <= (SELECT lock_date FROM company) BEGIN
     SELECT RAISE(ABORT, 'posting date is on or before the lock date');
   END`,
  `CREATE TRIGGER journal_entry_posted_is_final BEFORE UPDATE ON journal_entry
   WHEN OLD.status = 'posted' BEGIN
     SELECT RAISE(ABORT, 'posted journal entries never change');
   END`,
  `CREATE TRIGGER journal_entry_posted_not_deleted BEFORE DELETE ON journal_entry
   WHEN OLD.status = 'posted' BEGIN
     SELECT RAISE(ABORT, 'posted journal entries never change');
   END`,
  `CREATE TRIGGER journal_line_posted_no_insert BEFORE INSERT ON journal_line
   WHEN (SELECT status FROM journal_entry WHERE id = NEW.entry_id) = 'posted' BEGIN
     SELECT RAISE(ABORT, 'posted journal entries never change');
   END`,
  `CREATE TRIGGER journal_line_posted_no_update BEFORE UPDATE ON journal_line
   WHEN (SELECT status FROM journal_entry WHERE id = OLD.entry_id) = 'posted' BEGIN
     SELECT RAISE(ABORT, 'posted journal entries never change');
   END`,
  `CREATE TRIGGER journal_line_posted_no_delete BEFORE DELETE ON journal_line
   WHEN (SELECT status FROM journal_entry WHERE id = OLD.entry_id) = 'posted' BEGIN
     SELECT RAISE(ABORT, 'posted journal entries never change');
   END`,
  `CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log BEGIN
     SELECT RAISE(ABORT, 'the change log is append-only');
   END`,
  `CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log BEGIN
     SELECT RAISE(ABORT, 'the change log is append-only');
   END`,
]
