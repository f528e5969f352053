import { previousPeriod } from '../../../shared/dates'
import type { ProfitAndLoss } from '../../../shared/domain/reports'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { balancesBetween } from './account-balances'
import { loadChart } from './chart-tree'
import { assertRange, reportHeader } from './report-header'
import { statementSection } from './statement-section'

export interface ProfitAndLossQuery {
  from: string
  to: string
  /** The comparison period; by default the same number of days just before `from`. */
  compareFrom?: string
  compareTo?: string
}

/** Income and expenses from `from` to `to` (both included), beside a comparison period. */
export function profitAndLoss(ctx: CompanyContext, query: ProfitAndLossQuery): ProfitAndLoss {
  const { from, to } = query
  assertRange(from, to)
  const previous = comparisonPeriod(query)
  const chart = loadChart(ctx)
  const current = balancesBetween(ctx, from, to)
  const earlier = balancesBetween(ctx, previous.from, previous.to)
  const income = statementSection(chart, 'income', current, earlier)
  const expenses = statementSection(chart, 'expense', current, earlier)
  return {
    ...reportHeader(ctx),
    from,
    to,
    previous,
    income,
    expenses,
    netProfit: income.total - expenses.total,
    previousNetProfit: (income.previousTotal ?? 0n) - (expenses.previousTotal ?? 0n),
  }
}

function comparisonPeriod(query: ProfitAndLossQuery): { from: string; to: string } {
  const { compareFrom, compareTo } = query
  if (compareFrom === undefined && compareTo === undefined)
    return previousPeriod(query.from, query.to)
  if (compareFrom === undefined || compareTo === undefined) {
    const missing = compareFrom === undefined ? 'compareFrom' : 'compareTo'
    throw validationError(missing, 'A comparison period needs both its first and its last day')
  }
  assertRange(compareFrom, compareTo, { from: 'compareFrom', to: 'compareTo' })
  return { from: compareFrom, to: compareTo }
}
