import { useQuery } from '../components/use-query'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { comparePeriod } from './report-dates'
import { RangeParams, ReportPage, usePeriodText } from './report-frame'
import { StatementSectionRows, StatementTable, StatementTotalRow } from './statement-table'
import { useReportContext } from './use-report-context'

type PnlRoute = Extract<Route, { page: 'profit-and-loss' }>

/** Income less expenses over a period, with the period just before it beside it. */
export function ProfitAndLossReport(props: { route: PnlRoute }) {
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { defaults, companyPath } = useReportContext()
  const from = props.route.from ?? defaults.from
  const to = props.route.to ?? defaults.to
  const report = useQuery(`${companyPath}|${from}|${to}`, () => {
    const compare = comparePeriod(from, to)
    return invoke('reports.profitAndLoss', {
      from,
      to,
      ...(compare ? { compareFrom: compare.from, compareTo: compare.to } : {}),
    })
  })
  const update = (patch: Partial<PnlRoute>) =>
    navigate({ page: 'profit-and-loss', from, to, ...patch }, { replace: true })
  const period = usePeriodText()
  const drillTo = (accountId: string): Route => ({
    page: 'general-ledger',
    account: accountId,
    from,
    to,
  })

  return (
    <ReportPage report={report} params={<RangeParams from={from} to={to} onChange={update} />}>
      {(data) => (
        <StatementTable current={period(data)} previous={period(data.previous)}>
          <StatementSectionRows
            title="report.income"
            totalLabel="report.totalIncome"
            section={data.income}
            withPrevious
            drillTo={drillTo}
          />
          <StatementSectionRows
            title="report.expenses"
            totalLabel="report.totalExpenses"
            section={data.expenses}
            withPrevious
            drillTo={drillTo}
          />
          <tfoot>
            <StatementTotalRow
              className="grand-total"
              label="report.netProfit"
              amount={data.netProfit}
              previous={data.previousNetProfit}
            />
          </tfoot>
        </StatementTable>
      )}
    </ReportPage>
  )
}
