import { addDays, fiscalYearStartFor } from '../../../shared/dates'
import type { BalanceSheet } from '../../../shared/domain/reports'
import type { CompanyContext } from '../company/company-context'
import { balancesAsOf, type BalanceMap } from './account-balances'
import { loadChart, type Chart } from './chart-tree'
import { assertDate, reportHeader } from './report-header'
import { statementSection } from './statement-section'

/**
 * Assets against liabilities and equity as of `asOf` (the day included). Income and expense
 * accounts that have not been closed to equity show as two equity lines: this fiscal year's
 * earnings, and earlier years' earnings still unclosed. Together they make the sheet balance.
 */
export function balanceSheet(ctx: CompanyContext, asOf: string): BalanceSheet {
  assertDate('asOf', asOf)
  const header = reportHeader(ctx)
  const chart = loadChart(ctx)
  const balances = balancesAsOf(ctx, asOf)
  const yearStart = fiscalYearStartFor(asOf, ctx.settings().fiscalYearStart)
  const unclosedEarnings = earnings(chart, balancesAsOf(ctx, addDays(yearStart, -1)))
  const currentYearEarnings = earnings(chart, balances) - unclosedEarnings
  const assets = statementSection(chart, 'asset', balances)
  const liabilities = statementSection(chart, 'liability', balances)
  const equity = statementSection(chart, 'equity', balances)
  const totalEquity = equity.total + unclosedEarnings + currentYearEarnings
  return {
    ...header,
    asOf,
    assets,
    liabilities,
    equity,
    currentYearEarnings,
    unclosedEarnings,
    totalEquity,
    totalAssets: assets.total,
    totalLiabilitiesAndEquity: liabilities.total + totalEquity,
  }
}

/** Income less expenses in `balances`. */
function earnings(chart: Chart, balances: BalanceMap): bigint {
  let total = 0n
  for (const [accountId, totals] of balances) {
    const type = chart.get(accountId)?.type
    if (type === 'income' || type === 'expense') total += totals.credit - totals.debit
  }
  return total
}
