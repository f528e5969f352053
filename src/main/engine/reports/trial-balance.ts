import type { TrialBalance, TrialBalanceRow } from '../../../shared/domain/reports'
import type { CompanyContext } from '../company/company-context'
import { balancesAsOf } from './account-balances'
import { byCode, loadChart } from './chart-tree'
import { assertDate, reportHeader } from './report-header'

/**
 * Each account's net balance as of `asOf` (the day included), in its debit or credit column.
 * Accounts that had postings but net to zero are listed with zeros; untouched accounts are not.
 */
export function trialBalance(ctx: CompanyContext, asOf: string): TrialBalance {
  assertDate('asOf', asOf)
  const chart = loadChart(ctx)
  const rows: TrialBalanceRow[] = []
  for (const [accountId, totals] of balancesAsOf(ctx, asOf)) {
    if (totals.debit === 0n && totals.credit === 0n) continue
    const account = chart.get(accountId)!
    const balance = totals.debit - totals.credit
    rows.push({
      accountId,
      code: account.code,
      name: account.name,
      type: account.type,
      debit: balance > 0n ? balance : 0n,
      credit: balance < 0n ? -balance : 0n,
    })
  }
  rows.sort(byCode)
  const totals = { debit: 0n, credit: 0n }
  for (const row of rows) {
    totals.debit += row.debit
    totals.credit += row.credit
  }
  return { ...reportHeader(ctx), asOf, rows, totals }
}
