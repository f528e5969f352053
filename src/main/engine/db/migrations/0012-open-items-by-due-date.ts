import { sql, type Kysely } from 'kysely'

/**
 * The open-item index is ordered by due date before contact: (open, due date, contact). Posting
 * in date order then adds each new item next to the last one, where a contact-first order put it
 * at the end of its contact's run, a different page of the index for every contact: each posted
 * invoice or bill wrote (and checkpointed) one more page. Reads by due date (ageing, overdue,
 * Home, a payment's oldest-due-first allocation) are as before; a read by contact now walks all
 * open items and keeps its contact's from the index alone, so it costs the number of open items,
 * which a business keeps small, rather than the history. Only the index is rebuilt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const item of ['receivable_item', 'payable_item']) {
    await sql.raw(`DROP INDEX ${item}_open`).execute(db)
    await sql
      .raw(
        `CREATE INDEX ${item}_open ON ${item}(coalesce(closed_on, '9999-12-31'), due_date, contact_id)`,
      )
      .execute(db)
  }
}
