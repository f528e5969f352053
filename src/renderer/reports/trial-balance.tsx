import type { TrialBalanceRow } from '../../shared/domain/reports'
import { DrillAmountsTable, namedColumns } from '../components/report-table'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useInvoke } from '../state/services'
import { AsOfParam, ReportPage } from './report-frame'
import { yearToDateLedger } from './report-dates'
import { useReportContext } from './use-report-context'

const SIDES = ['debit', 'credit'] as const

/** Every account's balance on a day, debits beside credits; a row opens its general ledger. */
export function TrialBalanceReport(props: { route: Extract<Route, { page: 'trial-balance' }> }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const { defaults, fiscalYearStart, companyPath } = useReportContext()
  const asOf = props.route.asOf ?? defaults.asOf
  const report = useQuery(`${companyPath}|${asOf}`, () => invoke('reports.trialBalance', { asOf }))
  const ledgerOf = (row: TrialBalanceRow) => yearToDateLedger(row.accountId, asOf, fiscalYearStart)

  return (
    <ReportPage report={report} params={<AsOfParam page="trial-balance" value={asOf} />}>
      {(data) => (
        <DrillAmountsTable
          className="trial-balance"
          code={{ label: t('report.col.code'), value: (row) => row.code }}
          nameLabel={t('report.col.account')}
          name={(row) => row.name}
          columns={namedColumns(SIDES, (side) => t(`report.col.${side}`), data.totals)}
          rows={data.rows}
          rowKey={(row) => row.accountId}
          rowData={(row) => ({ 'data-account': row.code })}
          drillTo={ledgerOf}
          empty={t('report.noActivity')}
        />
      )}
    </ReportPage>
  )
}
