import { Amount } from '../components/amount'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { comparePeriod } from './report-dates'
import { DateParam, ReportFrame } from './report-frame'
import { StatementSectionRows } from './statement-table'
import { useReportContext } from './use-report-context'

type PnlRoute = Extract<Route, { page: 'profit-and-loss' }>

/** Income less expenses over a period, with the period just before it beside it. */
export function ProfitAndLossReport(props: { route: PnlRoute }) {
  const { t, format } = useI18n()
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
  const data = report.data
  const update = (patch: Partial<PnlRoute>) =>
    navigate({ page: 'profit-and-loss', from, to, ...patch }, { replace: true })
  const period = (range: { from: string; to: string }) =>
    t('report.period', { from: format.date(range.from), to: format.date(range.to) })
  const drillTo = (accountId: string): Route => ({
    page: 'general-ledger',
    account: accountId,
    from,
    to,
  })

  return (
    <ReportFrame
      error={report.error}
      loading={report.loading}
      heading={data && { company: data.companyName, currency: data.currency, period: period(data) }}
      params={
        <>
          <DateParam
            label={t('report.param.from')}
            value={from}
            onChange={(v) => update({ from: v })}
          />
          <DateParam label={t('report.param.to')} value={to} onChange={(v) => update({ to: v })} />
        </>
      }
    >
      {data ? (
        <table className="grid report-table statement">
          <thead>
            <tr>
              <th>{t('report.col.account')}</th>
              <th className="end col-money">{period(data)}</th>
              <th className="end col-money previous">{period(data.previous)}</th>
            </tr>
          </thead>
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
            <tr className="grand-total">
              <td>{t('report.netProfit')}</td>
              <td className="end">
                <Amount value={data.netProfit} />
              </td>
              <td className="end previous">
                <Amount value={data.previousNetProfit} />
              </td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </ReportFrame>
  )
}
