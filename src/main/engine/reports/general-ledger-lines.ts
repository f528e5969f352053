import { sql } from 'kysely'
import type { GeneralLedgerLine } from '../../../shared/domain/reports'
import type { CompanyContext } from '../company/company-context'

/** Which of an account's lines to read by offset, in ledger order: all of them when absent. */
export interface LinePage {
  offset: number
  limit: number
}

/** An account's posted lines from `from` to `to`, both days included. */
export function postedLines(ctx: CompanyContext, accountId: string, from: string, to: string) {
  return ctx.db
    .selectFrom('journal_line as l')
    .innerJoin('journal_entry as e', 'e.id', 'l.entry_id')
    .where('l.account_id', '=', accountId)
    .where('l.date', '>=', from)
    .where('l.date', '<=', to)
    .where('e.status', '=', 'posted')
}

/**
 * How many posted lines the account has in the period: every line, counted in the (account, date)
 * index alone, less the lines of drafts (a draft has no number, so the number index finds the few
 * drafts). Joining each line to its entry to look at its status costs ten times as much.
 */
export function countLedgerLines(
  ctx: CompanyContext,
  accountId: string,
  from: string,
  to: string,
): number {
  const all = ctx.q.first(
    ctx.db
      .selectFrom('journal_line as l')
      .where('l.account_id', '=', accountId)
      .where('l.date', '>=', from)
      .where('l.date', '<=', to)
      .select((eb) => eb.fn.countAll<bigint>().as('n')),
  )
  // The unary + keeps SQLite off the (account, date) index here: it goes from each draft to its
  // lines by the primary key.
  const drafts = ctx.q.first(
    ctx.db
      .selectFrom('journal_entry as e')
      .innerJoin('journal_line as l', 'l.entry_id', 'e.id')
      .where('e.number', 'is', null)
      .where(sql<boolean>`+l.account_id = ${accountId} AND +l.date BETWEEN ${from} AND ${to}`)
      .select((eb) => eb.fn.countAll<bigint>().as('n')),
  )
  return Number((all?.n ?? 0n) - (drafts?.n ?? 0n))
}

/**
 * The account's lines by date, entry number and line, each with the running balance after it
 * (`opening` plus every line before it in the period, debits positive). A page is read with the
 * sum of the lines before it taken by SQLite in the same pass, so a page deep in a million lines
 * carries the same balances as the whole list read at once.
 */
export function ledgerLines(
  ctx: CompanyContext,
  accountId: string,
  period: { from: string; to: string; opening: bigint },
  page?: LinePage,
): GeneralLedgerLine[] {
  let query = selectLines(postedLines(ctx, accountId, period.from, period.to))
    .select(
      sql<bigint>`sum(l.debit - l.credit) over (order by l.date, e.number, l.line_no rows between unbounded preceding and current row)`.as(
        'movement',
      ),
    )
    .orderBy('l.date')
    .orderBy('e.number')
    .orderBy('l.line_no')
  if (page) query = query.limit(page.limit).offset(page.offset)
  return ctx.q.all(query).map(({ movement, ...row }) => ({
    ...row,
    // Only posted entries are read, and a posted entry always has its number.
    number: row.number ?? '',
    lineNo: Number(row.lineNo),
    balance: period.opening + movement,
  }))
}

/** The columns of a ledger line, its running balance aside. */
export function selectLines(query: ReturnType<typeof postedLines>) {
  return query.select((eb) => [
    'e.id as entryId',
    'e.number',
    'l.date',
    'l.line_no as lineNo',
    'e.reference',
    // A line's own memo says more than the entry's; the entry's fills in when it has none.
    eb
      .case()
      .when('l.memo', '<>', '')
      .then(eb.ref('l.memo'))
      .else(eb.ref('e.memo'))
      .end()
      .as('memo'),
    'l.debit',
    'l.credit',
  ])
}
