import { addDays, firstDayOfMonth, monthOf } from '../../../shared/dates'
import type { CompanyContext } from '../company/company-context'

/** An account's summed debits and credits over some span of days, minor units. */
export interface Totals {
  debit: bigint
  credit: bigint
}

export type BalanceMap = Map<string, Totals>

/**
 * Every account's debits and credits from the first posting up to `date` inclusive, read from the
 * kept totals: whole months before `date`'s month, then the days of its month up to `date`. The
 * work depends on accounts and months, never on how many lines the ledger holds. Accounts with
 * nothing posted are absent.
 */
export function balancesAsOf(ctx: CompanyContext, date: string): BalanceMap {
  // Driving from `account` lets SQLite seek each account's primary-key range instead of scanning
  // the whole day table.
  const months = ctx.q.all(
    ctx.db
      .selectFrom('account as a')
      .innerJoin('account_balance_month as m', (join) =>
        join.onRef('m.account_id', '=', 'a.id').on('m.month', '<', monthOf(date)),
      )
      .select((eb) => [
        'a.id as accountId',
        eb.fn.sum<bigint>('m.debit').as('debit'),
        eb.fn.sum<bigint>('m.credit').as('credit'),
      ])
      .groupBy('a.id'),
  )
  const days = ctx.q.all(
    ctx.db
      .selectFrom('account as a')
      .innerJoin('account_balance_day as d', (join) =>
        join
          .onRef('d.account_id', '=', 'a.id')
          .on('d.day', '>=', firstDayOfMonth(date))
          .on('d.day', '<=', date),
      )
      .select((eb) => [
        'a.id as accountId',
        eb.fn.sum<bigint>('d.debit').as('debit'),
        eb.fn.sum<bigint>('d.credit').as('credit'),
      ])
      .groupBy('a.id'),
  )
  const balances: BalanceMap = new Map()
  for (const row of [...months, ...days]) {
    const totals = balances.get(row.accountId)
    if (totals) {
      totals.debit += row.debit
      totals.credit += row.credit
    } else {
      balances.set(row.accountId, { debit: row.debit, credit: row.credit })
    }
  }
  return balances
}

/** Every account's debits and credits posted from `from` to `to`, both days included. */
export function balancesBetween(ctx: CompanyContext, from: string, to: string): BalanceMap {
  const before = balancesAsOf(ctx, addDays(from, -1))
  const range: BalanceMap = new Map()
  for (const [accountId, upTo] of balancesAsOf(ctx, to)) {
    const earlier = before.get(accountId) ?? { debit: 0n, credit: 0n }
    const debit = upTo.debit - earlier.debit
    const credit = upTo.credit - earlier.credit
    if (debit !== 0n || credit !== 0n) range.set(accountId, { debit, credit })
  }
  return range
}

/** Debit minus credit: the balance with debits positive. */
export function net(totals: Totals | undefined): bigint {
  return totals ? totals.debit - totals.credit : 0n
}
