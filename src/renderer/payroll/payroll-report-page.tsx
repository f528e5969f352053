import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'
import { useInvoke, useSession } from '../state/services'
import { DateParam, ReportFrame } from '../reports/report-frame'
import { downloadFile } from './download'
import { useReportRange, type ReportRoute } from './report-range'
import { hasLines, ReportGridTable } from './report-grid-table'
import { useNotice } from './use-notice'

/** The payroll register, liabilities or year to date for a range, as the CLI prints them. */
export function PayrollReportPage(props: { route: ReportRoute }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { report, shown: notice } = useNotice()
  const company = useSession((store) => store.session?.company)
  const name = props.route.name
  const { from, to, ready } = useReportRange(props.route)
  const query = useQuery(ready ? `${name}:${from}:${to}` : null, () =>
    invoke('payroll.report', { name, from, to }),
  )
  const go = (range: { from?: string; to?: string }) =>
    navigate({ ...props.route, from, to, ...range }, { replace: true })
  const exportCsv = () =>
    report(async () => {
      const { csv } = await invoke('payroll.reportCsv', { name, from, to })
      downloadFile(`${name}-${from}-${to}.csv`, csv, 'text/csv')
    })
  const grid = query.data
  return (
    <ReportFrame
      params={
        <>
          <DateParam
            label={t('payrollReport.from')}
            value={from}
            onChange={(v) => go({ from: v })}
          />
          <DateParam label={t('payrollReport.to')} value={to} onChange={(v) => go({ to: v })} />
          <button type="button" disabled={!grid} onClick={() => void exportCsv()}>
            {t('payrollReport.csv')}
          </button>
        </>
      }
      heading={
        company
          ? {
              company: company.name,
              currency: company.currency,
              period: t('payRuns.period', { from: format.date(from), to: format.date(to) }),
            }
          : undefined
      }
      error={query.error}
      loading={!ready || query.loading}
    >
      {notice}
      {grid && !hasLines(grid) ? <p className="empty">{t('payrollReport.empty')}</p> : null}
      {grid && hasLines(grid) ? <ReportGridTable grid={grid} /> : null}
    </ReportFrame>
  )
}
