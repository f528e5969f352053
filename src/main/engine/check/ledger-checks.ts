import { toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import type { ProblemList } from './problem-list'

interface EntryRow {
  number: string | null
  date: string
}

/** Every posted entry has lines and balances, and every entry's lines carry its date. */
export function checkEntries(ctx: CompanyContext, out: ProblemList): void {
  const money = (value: bigint) => toDecimalString(value, ctx.decimals)
  const rows = ctx.sqlite
    .prepare(
      `SELECT e.number, e.date, e.status = 'posted' AS posted, count(l.entry_id) AS lineCount,
         coalesce(sum(l.debit), 0) AS debits, coalesce(sum(l.credit), 0) AS credits,
         coalesce(sum(l.date <> e.date), 0) AS misdated
       FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id
       GROUP BY e.id
       HAVING misdated > 0 OR (posted AND (lineCount = 0 OR debits <> credits))`,
    )
    .all() as (EntryRow & {
    posted: bigint
    lineCount: bigint
    debits: bigint
    credits: bigint
    misdated: bigint
  })[]
  const name = (row: EntryRow) =>
    `${row.number ? `Posted entry ${row.number}` : 'Draft'} of ${row.date}`
  out.addAll(
    rows.filter((row) => row.posted === 1n && (row.lineCount === 0n || row.debits !== row.credits)),
    (row) =>
      row.lineCount === 0n
        ? `${name(row)} has no lines`
        : `${name(row)} does not balance: debits ${money(row.debits)}, credits ${money(row.credits)}`,
    'entries without lines or out of balance',
  )
  out.addAll(
    rows.filter((row) => row.misdated > 0n),
    (row) => `${name(row)} has lines dated otherwise than the entry`,
    'entries with misdated lines',
  )
}

interface PeriodTotals {
  account: string
  period: string
  debit: bigint
  credit: bigint
}

/**
 * The kept balances (per account and day, per account and month) equal the sums of the posted
 * lines, with no line missing from them and no draft counted in them. The sums are computed
 * afresh from the lines, in one pass, and compared in memory: there are only as many as
 * accounts times days.
 */
export function checkBalances(ctx: CompanyContext, out: ProblemList): void {
  const days = ctx.sqlite
    .prepare(
      `SELECT coalesce(a.code, l.account_id) AS account, l.date AS period,
         sum(l.debit) AS debit, sum(l.credit) AS credit
       FROM journal_line l
         JOIN journal_entry e ON e.id = l.entry_id AND e.status = 'posted'
         LEFT JOIN account a ON a.id = l.account_id
       GROUP BY l.account_id, l.date`,
    )
    .all() as PeriodTotals[]
  const months = new Map<string, PeriodTotals>()
  for (const day of days) {
    const period = day.period.slice(0, 7)
    const key = `${day.account}|${period}`
    const month = months.get(key)
    if (month) {
      month.debit += day.debit
      month.credit += day.credit
    } else months.set(key, { ...day, period })
  }
  compare(ctx, out, 'day', totalsByKey(days), keptTotals(ctx, 'account_balance_day', 'day'))
  compare(ctx, out, 'month', months, keptTotals(ctx, 'account_balance_month', 'month'))
}

function keptTotals(
  ctx: CompanyContext,
  table: 'account_balance_day' | 'account_balance_month',
  column: 'day' | 'month',
): Map<string, PeriodTotals> {
  return totalsByKey(
    ctx.sqlite
      .prepare(
        `SELECT coalesce(a.code, b.account_id) AS account, b.${column} AS period, b.debit, b.credit
         FROM ${table} b LEFT JOIN account a ON a.id = b.account_id`,
      )
      .all() as PeriodTotals[],
  )
}

function compare(
  ctx: CompanyContext,
  out: ProblemList,
  what: 'day' | 'month',
  posted: Map<string, PeriodTotals>,
  kept: Map<string, PeriodTotals>,
): void {
  const money = (value: bigint | undefined) => toDecimalString(value ?? 0n, ctx.decimals)
  const wrong: { kept?: PeriodTotals; sum?: PeriodTotals; row: PeriodTotals }[] = []
  for (const key of new Set([...kept.keys(), ...posted.keys()])) {
    const [keptRow, sum] = [kept.get(key), posted.get(key)]
    if (
      (keptRow?.debit ?? 0n) !== (sum?.debit ?? 0n) ||
      (keptRow?.credit ?? 0n) !== (sum?.credit ?? 0n)
    )
      wrong.push({ kept: keptRow, sum, row: (keptRow ?? sum)! })
  }
  wrong.sort(
    (a, b) =>
      a.row.period.localeCompare(b.row.period) || a.row.account.localeCompare(b.row.account),
  )
  out.addAll(
    wrong,
    ({ kept: keptRow, sum, row }) =>
      `The kept ${what} balance of account ${row.account} for ${row.period} is debit ${money(keptRow?.debit)}, credit ${money(keptRow?.credit)}, but its posted lines sum to debit ${money(sum?.debit)}, credit ${money(sum?.credit)}`,
    `wrong ${what} balances`,
  )
}

function totalsByKey(rows: PeriodTotals[]): Map<string, PeriodTotals> {
  return new Map(rows.map((row) => [`${row.account}|${row.period}`, row]))
}

/**
 * Every posted entry has its 'post' row in the change log, its lines still match the count and
 * total recorded there, and none was posted on or before a
 * lock date that was already set when it was posted (told by the change log's order).
 */
export function checkChangeLog(ctx: CompanyContext, out: ProblemList): void {
  const unlogged = ctx.sqlite
    .prepare(
      `SELECT e.number, e.date FROM journal_entry e
       WHERE e.status = 'posted' AND NOT EXISTS (
         SELECT 1 FROM change_log c
         WHERE c.entity = 'journal_entry' AND c.entity_id = e.id AND c.operation = 'post')`,
    )
    .all() as EntryRow[]
  out.addAll(
    unlogged,
    (row) => `Posted entry ${row.number} of ${row.date} has no record in the change log`,
    'entries missing from the change log',
  )

  const altered = ctx.sqlite
    .prepare(
      `SELECT e.number, e.date FROM journal_entry e
       JOIN change_log c ON c.entity = 'journal_entry' AND c.entity_id = e.id AND c.operation = 'post'
       WHERE e.status = 'posted' AND (
         json_extract(c.data, '$.lineCount') IS NOT (SELECT count(*) FROM journal_line l WHERE l.entry_id = e.id)
         OR json_extract(c.data, '$.total') IS NOT
           (SELECT CAST(sum(l.debit) AS TEXT) FROM journal_line l WHERE l.entry_id = e.id))`,
    )
    .all() as EntryRow[]
  out.addAll(
    altered,
    (row) => `The lines of entry ${row.number} of ${row.date} differ from what was posted`,
    'entries whose lines changed after posting',
  )

  const lockChanges = `FROM change_log k WHERE k.entity = 'company' AND k.operation = 'update'
    AND json_valid(k.data) AND json_type(k.data, '$.lockDate') IS NOT NULL`
  if (!ctx.sqlite.prepare(`SELECT 1 ${lockChanges} LIMIT 1`).get()) return
  const locked = ctx.sqlite
    .prepare(
      `SELECT number, date, lockDate FROM (
         SELECT e.number, e.date,
           (SELECT json_extract(k.data, '$.lockDate') ${lockChanges} AND k.seq < c.seq
            ORDER BY k.seq DESC LIMIT 1) AS lockDate
         FROM change_log c JOIN journal_entry e ON e.id = c.entity_id
         WHERE c.entity = 'journal_entry' AND c.operation = 'post' AND e.status = 'posted')
       WHERE date <= lockDate`,
    )
    .all() as (EntryRow & { lockDate: string })[]
  out.addAll(
    locked,
    (row) =>
      `Entry ${row.number} of ${row.date} was posted while the books were locked up to ${row.lockDate}`,
    'entries posted into a locked period',
  )
}
