import { today } from '../../../shared/dates'
import { DaftarError, notFound } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { CompanySettings } from '../../../shared/domain/company'
import type { EntryInput, JournalEntry, PostedRef } from '../../../shared/domain/ledger'
import { newId, nowIso } from '../ids'
import { chartOfAccounts } from './accounts'
import { refuseControlLines } from './control-accounts'
import { entryProblems, type EntryProblem } from './entry-rules'
import { writePostedEntries } from './posting'

/** Checks an entry against the ledger's rules and throws one error listing every problem. */
export function assertValidEntry(
  ctx: CompanyContext,
  entry: EntryInput,
  settings: Pick<CompanySettings, 'lockDate' | 'decimals'> = ctx.settings(),
): void {
  const { byId } = chartOfAccounts(ctx)
  const problems = entryProblems(
    entry,
    { lockDate: settings.lockDate, decimals: settings.decimals },
    (id) => byId.get(id),
  )
  throwIfProblems(problems)
}

function throwIfProblems(problems: EntryProblem[]): void {
  const first = problems[0]
  if (first) throw new DaftarError(first.code, first.message, { field: first.field, problems })
}

/** Posts a new entry, or a saved draft when `draftId` is given. */
export function postEntry(ctx: CompanyContext, entry: EntryInput, draftId?: string): PostedRef {
  return ctx.transaction(() => {
    if (draftId) requireDraft(ctx, draftId)
    assertValidEntry(ctx, entry)
    refuseControlLines(ctx, entry)
    const [ref] = writePostedEntries(ctx, [
      {
        ...entry,
        id: draftId,
        reference: entry.reference ?? '',
        memo: entry.memo ?? '',
        source: 'manual',
      },
    ])
    return ref!
  })
}

/** Saves work in progress. A draft may be incomplete or unbalanced; it touches no balance. */
export function saveDraft(
  ctx: CompanyContext,
  entry: EntryInput,
  draftId?: string,
): { id: string } {
  return ctx.transaction(() => {
    const id = draftId ?? newId()
    if (draftId) {
      requireDraft(ctx, draftId)
      ctx.q.run(ctx.db.deleteFrom('journal_line').where('entry_id', '=', id))
      ctx.q.run(
        ctx.db
          .updateTable('journal_entry')
          .set({ date: entry.date, reference: entry.reference ?? '', memo: entry.memo ?? '' })
          .where('id', '=', id),
      )
    } else {
      ctx.q.run(
        ctx.db.insertInto('journal_entry').values({
          id,
          number: null,
          date: entry.date,
          reference: entry.reference ?? '',
          memo: entry.memo ?? '',
          status: 'draft',
          source: 'manual',
          reverses_id: null,
          posted_at: null,
          created_at: nowIso(),
        }),
      )
    }
    const lines = entry.lines.filter(
      (line) => line.accountId && line.debit > 0n !== line.credit > 0n,
    )
    lines.forEach((line, index) =>
      ctx.q.run(
        ctx.db.insertInto('journal_line').values({
          entry_id: id,
          line_no: BigInt(index + 1),
          account_id: line.accountId,
          date: entry.date,
          debit: line.debit,
          credit: line.credit,
          memo: line.memo ?? '',
        }),
      ),
    )
    ctx.changes.append('journal_entry', id, draftId ? 'update' : 'create', { id, ...entry, lines })
    return { id }
  })
}

export function deleteDraft(ctx: CompanyContext, id: string): void {
  ctx.transaction(() => {
    requireDraft(ctx, id)
    ctx.q.run(ctx.db.deleteFrom('journal_line').where('entry_id', '=', id))
    ctx.q.run(ctx.db.deleteFrom('journal_entry').where('id', '=', id))
    ctx.changes.append('journal_entry', id, 'delete', { id })
  })
}

/**
 * Corrects a posted entry the only way the books allow: a new entry with every line's sides
 * swapped, dated `date` (by default today, or the original date if that is later).
 */
export function reverseEntry(ctx: CompanyContext, id: string, date?: string): PostedRef {
  return ctx.transaction(() => {
    const original = getEntry(ctx, id)
    if (original.status !== 'posted')
      throw new DaftarError('validation', 'Only a posted entry can be reversed', { id })
    if (original.reversesId)
      throw new DaftarError('validation', `${original.number} is itself a reversal`, { id })
    if (original.reversedById) {
      throw new DaftarError('duplicate', `${original.number} has already been reversed`, { id })
    }
    const reversalDate = date ?? (today() > original.date ? today() : original.date)
    if (reversalDate < original.date) {
      throw new DaftarError(
        'validation',
        `A reversal cannot be dated before ${original.date}, the date of ${original.number}`,
        {
          field: 'date',
        },
      )
    }
    const lines = original.lines.map((line) => ({
      accountId: line.accountId,
      debit: line.credit,
      credit: line.debit,
      memo: line.memo,
    }))
    const entry = {
      date: reversalDate,
      reference: original.reference,
      memo: `Reversal of ${original.number}`,
      lines,
    }
    assertValidEntryAllowingArchived(ctx, entry)
    const [ref] = writePostedEntries(ctx, [{ ...entry, source: 'reversal', reversesId: id }])
    return ref!
  })
}

/** A reversal may hit an account archived since: it only undoes what is already there. */
function assertValidEntryAllowingArchived(ctx: CompanyContext, entry: EntryInput): void {
  const settings = ctx.settings()
  const problems = entryProblems(
    entry,
    { lockDate: settings.lockDate, decimals: settings.decimals },
    () => ({
      code: '',
      archived: false,
    }),
  )
  throwIfProblems(problems)
}

export function getEntry(ctx: CompanyContext, id: string): JournalEntry {
  const row = ctx.q.first(ctx.db.selectFrom('journal_entry').selectAll().where('id', '=', id))
  if (!row) throw notFound('Journal entry', id)
  const reversal = ctx.q.first(
    ctx.db.selectFrom('journal_entry').select('id').where('reverses_id', '=', id),
  )
  const lines = ctx.q.all(
    ctx.db
      .selectFrom('journal_line as l')
      .innerJoin('account as a', 'a.id', 'l.account_id')
      .select(['l.line_no', 'l.account_id', 'l.debit', 'l.credit', 'l.memo', 'a.code', 'a.name'])
      .where('l.entry_id', '=', id)
      .orderBy('l.line_no'),
  )
  return {
    id: row.id,
    number: row.number,
    date: row.date,
    reference: row.reference,
    memo: row.memo,
    status: row.status,
    source: row.source,
    reversesId: row.reverses_id,
    reversedById: reversal?.id ?? null,
    lines: lines.map((line) => ({
      lineNo: Number(line.line_no),
      accountId: line.account_id,
      accountCode: line.code,
      accountName: line.name,
      debit: line.debit,
      credit: line.credit,
      memo: line.memo,
    })),
  }
}

function requireDraft(ctx: CompanyContext, id: string): void {
  const row = ctx.q.first(
    ctx.db.selectFrom('journal_entry').select(['status', 'number']).where('id', '=', id),
  )
  if (!row) throw notFound('Journal entry', id)
  if (row.status !== 'draft') {
    throw new DaftarError(
      'posted-is-final',
      `${row.number} is posted and can no longer change; reverse it instead`,
      { id },
    )
  }
}
