import type { CompanyContext } from '../company/company-context'
import type { ProblemList } from './problem-list'

/**
 * The database's own guards on the ledger (see the foundation migration). A file opened and
 * edited in another tool may have lost one; the books are then no longer protected.
 */
const GUARD_TRIGGERS = [
  'journal_entry_balanced_on_insert',
  'journal_entry_balanced_on_post',
  'journal_entry_lock_date_on_insert',
  'journal_entry_lock_date_on_post',
  'journal_entry_posted_is_final',
  'journal_entry_posted_not_deleted',
  'journal_line_posted_no_insert',
  'journal_line_posted_no_update',
  'journal_line_posted_no_delete',
  'change_log_append_only_update',
  'change_log_append_only_delete',
  'document_posted_is_final',
  'document_posted_not_deleted',
  'document_line_posted_no_insert',
  'document_line_posted_no_update',
  'document_line_posted_no_delete',
  'payment_is_final_update',
  'payment_is_final_delete',
]

/** SQLite's own consistency checks, and the guard triggers being in place. */
export function checkDatabase(ctx: CompanyContext, out: ProblemList): void {
  const integrity = ctx.sqlite.pragma('integrity_check') as { integrity_check: string }[]
  out.addAll(
    integrity.filter((row) => row.integrity_check !== 'ok'),
    (row) => `SQLite integrity check: ${row.integrity_check}`,
    'integrity problems',
  )
  const foreign = ctx.sqlite.pragma('foreign_key_check') as {
    table: string
    rowid: bigint | null
    parent: string
  }[]
  out.addAll(
    foreign,
    (row) =>
      `A row of ${row.table}${row.rowid === null ? '' : ` (rowid ${row.rowid})`} points to a missing row of ${row.parent}`,
    'broken references',
  )
  const present = new Set(
    (
      ctx.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
        name: string
      }[]
    ).map((row) => row.name),
  )
  out.addAll(
    GUARD_TRIGGERS.filter((name) => !present.has(name)),
    (name) => `The database guard ${name} is missing: the file was changed outside Daftar`,
    'missing guards',
  )
}
