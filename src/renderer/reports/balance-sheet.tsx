import { fiscalYearStartFor } from '../../shared/dates'
import { Amount } from '../components/amount'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { DateParam, ReportFrame } from './report-frame'
import { StatementSectionRows } from './statement-table'
import { useReportContext } from './use-report-context'

/** Assets against liabilities and equity on a day, this year's earnings shown apart. */
export function BalanceSheetReport(props: { route: Extract<Route, { page: 'balance-sheet' }> }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { defaults, fiscalYearStart, companyPath } = useReportContext()
  const asOf = props.route.asOf ?? defaults.asOf
  const report = useQuery(`${companyPath}|${asOf}`, () => invoke('reports.balanceSheet', { asOf }))
  const data = report.data
  const drillTo = (accountId: string): Route => ({
    page: 'general-ledger',
    account: accountId,
    from: fiscalYearStartFor(asOf, fiscalYearStart),
    to: asOf,
  })
  const sections = data
    ? ([
        ['report.assets', 'report.totalAssets', data.assets],
        ['report.liabilities', 'report.totalLiabilities', data.liabilities],
        ['report.equity', 'report.totalEquity', data.equity],
      ] as const)
    : []

  return (
    <ReportFrame
      error={report.error}
      loading={report.loading}
      heading={
        data && {
          company: data.companyName,
          currency: data.currency,
          period: t('report.asOf', { date: format.date(data.asOf) }),
        }
      }
      params={
        <DateParam
          label={t('report.param.asOf')}
          value={asOf}
          onChange={(value) => navigate({ page: 'balance-sheet', asOf: value }, { replace: true })}
        />
      }
    >
      {data ? (
        <table className="grid report-table statement">
          <thead>
            <tr>
              <th>{t('report.col.account')}</th>
              <th className="end col-money">{t('report.col.amount')}</th>
            </tr>
          </thead>
          {sections.map(([title, totalLabel, section]) => (
            <StatementSectionRows
              key={title}
              title={title}
              totalLabel={totalLabel}
              section={section}
              withPrevious={false}
              drillTo={drillTo}
            />
          ))}
          <tfoot>
            <tr>
              <td>{t('report.currentYearEarnings')}</td>
              <td className="end">
                <Amount value={data.currentYearEarnings} />
              </td>
            </tr>
            <tr className="grand-total">
              <td>{t('report.totalAssets')}</td>
              <td className="end">
                <Amount value={data.totalAssets} />
              </td>
            </tr>
            <tr className="grand-total">
              <td>{t('report.totalLiabilitiesAndEquity')}</td>
              <td className="end">
                <Amount value={data.totalLiabilitiesAndEquity} />
              </td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </ReportFrame>
  )
}
