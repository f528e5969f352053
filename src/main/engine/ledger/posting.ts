import type { CompanyContext } from '../company/company-context'
import { newId, nowIso } from '../ids'
import { addToBalances } from './balances'
import type { EntryLineInput, PostedRef } from '../../../shared/domain/ledger'
import { reserveNumbers } from './numbering'

export const JOURNAL_SERIES = 'JE'

/** An entry that has passed `entryProblems`; `id` is set when a draft is being posted. */
export interface ValidEntry {
  id?: string
  date: string
  reference: string
  memo: string
  lines: EntryLineInput[]
  source: string
  reversesId?: string | null
}

const INSERT_ENTRY = `INSERT INTO journal_entry (id, number, date, reference, memo, status, source, reverses_id, posted_at, created_at)
  VALUES (?, ?, ?, ?, ?, 'posted', ?, ?, ?, ?)`
const POST_DRAFT = `UPDATE journal_entry SET status = 'posted', number = ?, date = ?, reference = ?, memo = ?, posted_at = ?
  WHERE id = ? AND status = 'draft'`
const INSERT_LINE = `INSERT INTO journal_line (entry_id, line_no, account_id, date, debit, credit, memo) VALUES (?, ?, ?, ?, ?, ?, ?)`
const DELETE_DRAFT_LINES = `DELETE FROM journal_line WHERE entry_id = ?`

/**
 * The one place entries reach the ledger: numbers them, writes entry and lines, adds the lines to
 * the account balances and appends each to the change log. Must run inside a transaction; callers
 * validate first (the database triggers refuse an unbalanced or locked entry all the same).
 */
export function writePostedEntries(ctx: CompanyContext, entries: ValidEntry[]): PostedRef[] {
  const numbers = reserveNumbers(ctx, JOURNAL_SERIES, entries.length)
  const insertEntry = ctx.q.prepare(INSERT_ENTRY)
  const postDraft = ctx.q.prepare(POST_DRAFT)
  const insertLine = ctx.q.prepare(INSERT_LINE)
  const deleteDraftLines = ctx.q.prepare(DELETE_DRAFT_LINES)
  const postedAt = nowIso()
  const refs: PostedRef[] = new Array(entries.length)

  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!
    const number = numbers[index]!
    const id = entry.id ?? newId()
    if (entry.id) deleteDraftLines.run(id)
    for (let lineIndex = 0; lineIndex < entry.lines.length; lineIndex++) {
      const line = entry.lines[lineIndex]!
      insertLine.run(
        id,
        lineIndex + 1,
        line.accountId,
        entry.date,
        line.debit,
        line.credit,
        line.memo ?? '',
      )
    }
    if (entry.id) {
      const result = postDraft.run(number, entry.date, entry.reference, entry.memo, postedAt, id)
      if (result.changes !== 1) throw new Error(`Draft ${id} is no longer a draft`)
    } else {
      insertEntry.run(
        id,
        number,
        entry.date,
        entry.reference,
        entry.memo,
        entry.source,
        entry.reversesId ?? null,
        postedAt,
        postedAt,
      )
    }
    ctx.changes.appendJson('journal_entry', id, 'post', postedJson(entry))
    refs[index] = { id, number }
  }
  addToBalances(ctx, entries)
  return refs
}

/**
 * The change log's record of a posting: who posted which entry when (the log row itself), and the
 * entry's line count and total. Nothing else is copied: a posted entry and its lines can never
 * change (the database refuses it), so journal_entry and journal_line are their record, and sync
 * reads them from there. The count and total let `daftar check` notice lines altered behind the
 * engine's back. Built by hand: this runs once per entry of a million-line import.
 */
function postedJson(entry: ValidEntry): string {
  let total = 0n
  for (const line of entry.lines) total += line.debit
  return `{"lineCount":${entry.lines.length},"total":"${total}"}`
}
