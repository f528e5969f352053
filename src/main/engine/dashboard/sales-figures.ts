import { addDays, firstDayOfMonth } from '../../../shared/dates'
import type { DashboardSales } from '../../../shared/domain/dashboard'
import type { CompanyContext } from '../company/company-context'
import { salesByMonth } from '../sales-reports/sales-by'

/**
 * Net sales today, this month so far and the whole of last month, read by the sales-by-month
 * report itself so the home page and the report never disagree.
 */
export function salesFigures(ctx: CompanyContext, today: string): DashboardSales {
  const monthStart = firstDayOfMonth(today)
  const lastMonthEnd = addDays(monthStart, -1)
  const lastMonthStart = firstDayOfMonth(lastMonthEnd)
  const [lastMonth, thisMonth] = salesByMonth(ctx, { from: lastMonthStart, to: today }).rows
  return {
    today: salesByMonth(ctx, { from: today, to: today }).totals.net,
    thisMonth: thisMonth?.net ?? 0n,
    lastMonth: lastMonth?.net ?? 0n,
    monthStart,
    lastMonthStart,
    lastMonthEnd,
  }
}
