import { sql, type Kysely } from 'kysely'

/**
 * Receivables and payables kept in both currencies. `amount`, `settled` and each settlement's
 * `amount` stay in the company's base currency (the ageing and the control-account checks read
 * only those); beside them each open item now records its document's (or payment's) currency
 * and its amount and settled part in that currency, and each settlement the part it settled in
 * that currency. Items written before this carry NULLs: they are in the base currency.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const side of ['receivable', 'payable']) {
    await sql.raw(`ALTER TABLE ${side}_item ADD COLUMN currency TEXT`).execute(db)
    await sql.raw(`ALTER TABLE ${side}_item ADD COLUMN doc_amount INTEGER`).execute(db)
    await sql
      .raw(`ALTER TABLE ${side}_item ADD COLUMN doc_settled INTEGER NOT NULL DEFAULT 0`)
      .execute(db)
    await sql.raw(`ALTER TABLE ${side}_settlement ADD COLUMN doc_amount INTEGER`).execute(db)
  }
}
