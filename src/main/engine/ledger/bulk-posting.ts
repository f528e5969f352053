import type { PostedRef } from '../../../shared/domain/ledger'
import type { CompanyContext } from '../company/company-context'
import { writePostedEntries, type ValidEntry } from './posting'

/**
 * The database's per-row guards on new postings. Each costs a trigger program per row (about
 * 3 µs): on a million-line import that is more than the whole budget of the import.
 */
const ROW_TRIGGERS = [
  'journal_line_posted_no_insert',
  'journal_entry_balanced_on_insert',
  'journal_entry_lock_date_on_insert',
]

/**
 * Posts many new entries through `writePostedEntries` with the per-row triggers lifted, then
 * checks what they check once over all the new entries (balanced, has lines, after the lock date)
 * and puts the triggers back, in the caller's transaction: no other connection ever sees the
 * triggers gone, and a crash or any error rolls everything back, triggers included.
 * Lines can only be added to these new entries, so the guard against adding lines to a posted
 * entry has nothing to catch here.
 */
export function writePostedEntriesInBulk(ctx: CompanyContext, entries: ValidEntry[]): PostedRef[] {
  if (!ctx.sqlite.inTransaction) throw new Error('Bulk posting must run inside a transaction')
  if (entries.some((entry) => entry.id))
    throw new Error('Bulk posting takes new entries only, not drafts')
  // A savepoint of its own: if anything below throws, the triggers come back even when the caller
  // catches the error and commits the rest of its transaction.
  return ctx.sqlite.transaction(() => {
    const triggers = ctx.sqlite
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${ROW_TRIGGERS.map(() => '?').join(', ')})`,
      )
      .all(...ROW_TRIGGERS) as { name: string; sql: string }[]
    const { last } = ctx.sqlite
      .prepare('SELECT coalesce(max(rowid), 0) AS last FROM journal_entry')
      .get() as { last: bigint }
    for (const trigger of triggers) ctx.sqlite.exec(`DROP TRIGGER "${trigger.name}"`)
    const refs = writePostedEntries(ctx, entries)
    assertNewEntriesValid(ctx, last)
    for (const trigger of triggers) ctx.sqlite.exec(trigger.sql)
    return refs
  })()
}

/** The lifted triggers' rules, once over every entry written after rowid `last`. */
function assertNewEntriesValid(ctx: CompanyContext, last: bigint): void {
  const bad = ctx.sqlite
    .prepare(
      `SELECT e.number,
         e.date <= (SELECT lock_date FROM company) AS locked
       FROM journal_entry e
       WHERE e.rowid > ? AND e.status = 'posted' AND (
         e.date <= (SELECT lock_date FROM company)
         OR NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.entry_id = e.id)
         OR (SELECT sum(l.debit) - sum(l.credit) FROM journal_line l WHERE l.entry_id = e.id) <> 0)
       LIMIT 1`,
    )
    .get(last) as { number: string; locked: bigint | null } | undefined
  if (!bad) return
  // The same words as the triggers, so callers and dispatch see the same error either way.
  throw new Error(
    bad.locked === 1n
      ? 'posting date is on or before the lock date'
      : `unbalanced journal entry ${bad.number}`,
  )
}
