import type { CompanyContext } from '../company/company-context'

const UPSERT_DAY = `INSERT INTO account_balance_day (account_id, day, debit, credit) VALUES (?, ?, ?, ?)
  ON CONFLICT (account_id, day) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit`
const UPSERT_MONTH = `INSERT INTO account_balance_month (account_id, month, debit, credit) VALUES (?, ?, ?, ?)
  ON CONFLICT (account_id, month) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit`

/**
 * Adds posted entries' lines to the per-account day and month totals, inside the posting
 * transaction, so reports read a few thousand totals instead of every line. Lines are summed in
 * memory first, without an object per line: a bulk import touches each (account, day) row once.
 */
export function addToBalances(
  ctx: CompanyContext,
  entries: Iterable<{
    date: string
    lines: readonly { accountId: string; debit: bigint; credit: bigint }[]
  }>,
): void {
  const byAccount = new Map<string, Map<string, { debit: bigint; credit: bigint }>>()
  for (const entry of entries) {
    for (const line of entry.lines) {
      let days = byAccount.get(line.accountId)
      if (!days) byAccount.set(line.accountId, (days = new Map()))
      const total = days.get(entry.date)
      if (total) {
        total.debit += line.debit
        total.credit += line.credit
      } else days.set(entry.date, { debit: line.debit, credit: line.credit })
    }
  }
  const days: PeriodTotal[] = []
  const months = new Map<string, PeriodTotal>()
  for (const [accountId, totals] of byAccount) {
    for (const [date, total] of totals) {
      days.push({ accountId, period: date, debit: total.debit, credit: total.credit })
      accumulate(months, accountId, date.slice(0, 7), total)
    }
  }
  writeBalances(ctx, days, months.values())
}

interface PeriodTotal {
  accountId: string
  period: string
  debit: bigint
  credit: bigint
}

function writeBalances(
  ctx: CompanyContext,
  days: Iterable<PeriodTotal>,
  months: Iterable<PeriodTotal>,
): void {
  const upsertDay = ctx.q.prepare(UPSERT_DAY)
  for (const row of days) upsertDay.run(row.accountId, row.period, row.debit, row.credit)
  const upsertMonth = ctx.q.prepare(UPSERT_MONTH)
  for (const row of months) upsertMonth.run(row.accountId, row.period, row.debit, row.credit)
}

function accumulate(
  into: Map<string, PeriodTotal>,
  accountId: string,
  period: string,
  delta: { debit: bigint; credit: bigint },
): void {
  const key = `${accountId}|${period}`
  const row = into.get(key)
  if (row) {
    row.debit += delta.debit
    row.credit += delta.credit
  } else {
    into.set(key, { accountId, period, debit: delta.debit, credit: delta.credit })
  }
}
