import type { CompanyContext } from '../company/company-context'

export interface BalanceDelta {
  accountId: string
  date: string
  debit: bigint
  credit: bigint
}

const UPSERT_DAY = `INSERT INTO account_balance_day (account_id, day, debit, credit) VALUES (?, ?, ?, ?)
  ON CONFLICT (account_id, day) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit`
const UPSERT_MONTH = `INSERT INTO account_balance_month (account_id, month, debit, credit) VALUES (?, ?, ?, ?)
  ON CONFLICT (account_id, month) DO UPDATE SET debit = debit + excluded.debit, credit = credit + excluded.credit`

/**
 * Adds posted lines to the per-account day and month totals, inside the posting transaction, so
 * reports read a few thousand totals instead of every line. Deltas are summed in memory first:
 * a bulk import touches each (account, day) row once.
 */
export function addToBalances(ctx: CompanyContext, deltas: Iterable<BalanceDelta>): void {
  const days = new Map<
    string,
    { accountId: string; period: string; debit: bigint; credit: bigint }
  >()
  const months = new Map<
    string,
    { accountId: string; period: string; debit: bigint; credit: bigint }
  >()
  for (const delta of deltas) {
    accumulate(days, delta.accountId, delta.date, delta)
    accumulate(months, delta.accountId, delta.date.slice(0, 7), delta)
  }
  const upsertDay = ctx.q.prepare(UPSERT_DAY)
  for (const row of days.values()) upsertDay.run(row.accountId, row.period, row.debit, row.credit)
  const upsertMonth = ctx.q.prepare(UPSERT_MONTH)
  for (const row of months.values())
    upsertMonth.run(row.accountId, row.period, row.debit, row.credit)
}

function accumulate(
  into: Map<string, { accountId: string; period: string; debit: bigint; credit: bigint }>,
  accountId: string,
  period: string,
  delta: BalanceDelta,
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
