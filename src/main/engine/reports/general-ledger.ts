import { addDays } from '../../../shared/dates'
import type { GeneralLedger, GeneralLedgerAccount } from '../../../shared/domain/reports'
import { notFound } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { balancesAsOf, balancesBetween, net, type Totals } from './account-balances'
import { byCode, loadChart, type ChartAccount } from './chart-tree'
import { countLedgerLines, ledgerLines, type LinePage } from './general-ledger-lines'
import { assertRange, reportHeader } from './report-header'

export interface GeneralLedgerQuery {
  from: string
  to: string
  /** One account; every account with postings in the period when absent. */
  accountId?: string
  /** Each account's lines from this one on, in ledger order; from the first when absent. */
  offset?: number
  /** At most this many lines an account; every line when absent. */
  limit?: number
}

/**
 * Per account: the balance before `from`, each posted line from `from` to `to` with the running
 * balance (debits positive), and the closing balance. Opening balances and period totals come from
 * the kept totals; only the lines asked for are read.
 */
export function generalLedger(ctx: CompanyContext, query: GeneralLedgerQuery): GeneralLedger {
  const { from, to, accountId } = query
  assertRange(from, to)
  const chart = loadChart(ctx)
  const movements = balancesBetween(ctx, from, to)
  let accounts: ChartAccount[]
  if (accountId) {
    const account = chart.get(accountId)
    if (!account) throw notFound('Account', accountId)
    accounts = [account]
  } else {
    accounts = [...movements.keys()].map((id) => chart.get(id)!)
    accounts.sort(byCode)
  }
  const openings = balancesAsOf(ctx, addDays(from, -1))
  const page: LinePage | undefined =
    query.limit === undefined ? undefined : { offset: query.offset ?? 0, limit: query.limit }
  return {
    ...reportHeader(ctx),
    from,
    to,
    accounts: accounts.map((account) => {
      const opening = net(openings.get(account.id))
      const moved = movements.get(account.id) ?? { debit: 0n, credit: 0n }
      return ledgerAccount(ctx, account, { from, to, opening }, moved, page)
    }),
  }
}

function ledgerAccount(
  ctx: CompanyContext,
  account: ChartAccount,
  period: { from: string; to: string; opening: bigint },
  moved: Totals,
  page: LinePage | undefined,
): GeneralLedgerAccount {
  const lines = ledgerLines(ctx, account.id, period, page)
  return {
    accountId: account.id,
    code: account.code,
    name: account.name,
    type: account.type,
    opening: period.opening,
    lines,
    lineCount: page ? countLedgerLines(ctx, account.id, period.from, period.to) : lines.length,
    totalDebit: moved.debit,
    totalCredit: moved.credit,
    closing: period.opening + moved.debit - moved.credit,
  }
}
