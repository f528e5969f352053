import { sql } from 'kysely'
import { addDays } from '../../../shared/dates'
import type { GeneralLedgerLine, LedgerLineKey } from '../../../shared/domain/reports'
import type { CompanyContext } from '../company/company-context'
import { balancesAsOf, net } from './account-balances'
import { postedLines, selectLines } from './general-ledger-lines'

/**
 * A page of an account's lines read from a key by the (account, date) index, not by offset: the
 * `limit` lines after `after` (from the first line when null), or before `before` (the last lines
 * when null). A page deep in a million lines costs what the first one does.
 */
export type LineSeek = { limit: number } & (
  { after: LedgerLineKey | null } | { before: LedgerLineKey | null }
)

type Period = { from: string; to: string }

/** Lines after (or before) the key in ledger order: later days, or the key's day past it. */
function beyond(ctx: CompanyContext, accountId: string, period: Period, seek: LineSeek) {
  const forward = 'after' in seek
  const key = forward ? seek.after : seek.before
  const lines = postedLines(ctx, accountId, period.from, period.to)
  if (!key) return lines
  const past = forward ? '>' : '<'
  return lines
    .where('l.date', forward ? '>=' : '<=', key.date)
    .where((eb) =>
      eb.or([
        eb('l.date', past, key.date),
        eb(eb.refTuple('e.number', 'l.line_no'), past, eb.tuple(key.number, BigInt(key.lineNo))),
      ]),
    )
}

/** The page the seek names, in ledger order, each line with its exact running balance. */
export function seekLedgerLines(
  ctx: CompanyContext,
  accountId: string,
  period: Period,
  seek: LineSeek,
): GeneralLedgerLine[] {
  const order = 'after' in seek ? 'asc' : 'desc'
  const rows = ctx.q.all(
    selectLines(beyond(ctx, accountId, period, seek))
      .orderBy('l.date', order)
      .orderBy('e.number', order)
      .orderBy('l.line_no', order)
      .limit(seek.limit),
  )
  if (order === 'desc') rows.reverse()
  const first = rows[0]
  if (!first) return []
  let balance = balanceBefore(ctx, accountId, {
    date: first.date,
    number: first.number ?? '',
    lineNo: Number(first.lineNo),
  })
  return rows.map((row) => {
    balance += row.debit - row.credit
    // Only posted entries are read, and a posted entry always has its number.
    return { ...row, number: row.number ?? '', lineNo: Number(row.lineNo), balance }
  })
}

/**
 * The account's balance just before the line at `key`: the kept totals up to the day before, then
 * that day's lines ahead of it (one day's lines, read by the index).
 */
function balanceBefore(ctx: CompanyContext, accountId: string, key: LedgerLineKey): bigint {
  const kept = net(balancesAsOf(ctx, addDays(key.date, -1)).get(accountId))
  const sameDay = ctx.q.first(
    postedLines(ctx, accountId, key.date, key.date)
      .where((eb) =>
        eb(eb.refTuple('e.number', 'l.line_no'), '<', eb.tuple(key.number, BigInt(key.lineNo))),
      )
      .select(sql<bigint>`coalesce(sum(l.debit - l.credit), 0)`.as('movement')),
  )
  return kept + (sameDay?.movement ?? 0n)
}
