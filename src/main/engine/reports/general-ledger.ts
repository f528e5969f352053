import { addDays } from '../../../shared/dates'
import type {
  GeneralLedger,
  GeneralLedgerAccount,
  GeneralLedgerLine,
} from '../../../shared/domain/reports'
import { notFound } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { balancesAsOf, balancesBetween, net } from './account-balances'
import { byCode, loadChart, type ChartAccount } from './chart-tree'
import { assertRange, reportHeader } from './report-header'

export interface GeneralLedgerQuery {
  from: string
  to: string
  /** One account; every account with postings in the period when absent. */
  accountId?: string
}

/**
 * Per account: the balance before `from`, each posted line from `from` to `to` with the running
 * balance (debits positive), and the closing balance. Opening balances come from the kept totals;
 * only the period's own lines are read.
 */
export function generalLedger(ctx: CompanyContext, query: GeneralLedgerQuery): GeneralLedger {
  const { from, to, accountId } = query
  assertRange(from, to)
  const chart = loadChart(ctx)
  let accounts: ChartAccount[]
  if (accountId) {
    const account = chart.get(accountId)
    if (!account) throw notFound('Account', accountId)
    accounts = [account]
  } else {
    accounts = [...balancesBetween(ctx, from, to).keys()].map((id) => chart.get(id)!)
    accounts.sort(byCode)
  }
  const openings = balancesAsOf(ctx, addDays(from, -1))
  return {
    ...reportHeader(ctx),
    from,
    to,
    accounts: accounts.map((account) =>
      ledgerAccount(ctx, account, net(openings.get(account.id)), from, to),
    ),
  }
}

function ledgerAccount(
  ctx: CompanyContext,
  account: ChartAccount,
  opening: bigint,
  from: string,
  to: string,
): GeneralLedgerAccount {
  const rows = ctx.q.all(
    ctx.db
      .selectFrom('journal_line as l')
      .innerJoin('journal_entry as e', 'e.id', 'l.entry_id')
      .select((eb) => [
        'e.id as entryId',
        'e.number',
        'l.date',
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
      .where('l.account_id', '=', account.id)
      .where('l.date', '>=', from)
      .where('l.date', '<=', to)
      .where('e.status', '=', 'posted')
      .orderBy('l.date')
      .orderBy('e.number')
      .orderBy('l.line_no'),
  )
  let balance = opening
  let totalDebit = 0n
  let totalCredit = 0n
  const lines = rows.map((row): GeneralLedgerLine => {
    balance += row.debit - row.credit
    totalDebit += row.debit
    totalCredit += row.credit
    // Only posted entries are read, and a posted entry always has its number.
    return { ...row, number: row.number ?? '', balance }
  })
  return {
    accountId: account.id,
    code: account.code,
    name: account.name,
    type: account.type,
    opening,
    lines,
    totalDebit,
    totalCredit,
    closing: balance,
  }
}
