import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useInvoke } from '../state/services'
import { AsOfParam, ReportPage } from './report-frame'
import { StatementSectionRows, StatementTable, StatementTotalRow } from './statement-table'
import { yearToDateLedger } from './report-dates'
import { useReportContext } from './use-report-context'

/** Assets against liabilities and equity on a day, this year's earnings shown apart. */
export function BalanceSheetReport(props: { route: Extract<Route, { page: 'balance-sheet' }> }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const { defaults, fiscalYearStart, companyPath } = useReportContext()
  const asOf = props.route.asOf ?? defaults.asOf
  const report = useQuery(`${companyPath}|${asOf}`, () => invoke('reports.balanceSheet', { asOf }))
  const drillTo = (accountId: string) => yearToDateLedger(accountId, asOf, fiscalYearStart)

  return (
    <ReportPage report={report} params={<AsOfParam page="balance-sheet" value={asOf} />}>
      {(data) => (
        <StatementTable current={t('report.col.amount')}>
          {(
            [
              ['report.assets', 'report.totalAssets', data.assets],
              ['report.liabilities', 'report.totalLiabilities', data.liabilities],
              ['report.equity', 'report.totalEquity', data.equity],
            ] as const
          ).map(([title, totalLabel, section]) => (
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
            <StatementTotalRow
              label="report.currentYearEarnings"
              amount={data.currentYearEarnings}
            />
            <StatementTotalRow
              className="grand-total"
              label="report.totalAssets"
              amount={data.totalAssets}
            />
            <StatementTotalRow
              className="grand-total"
              label="report.totalLiabilitiesAndEquity"
              amount={data.totalLiabilitiesAndEquity}
            />
          </tfoot>
        </StatementTable>
      )}
    </ReportPage>
  )
}
