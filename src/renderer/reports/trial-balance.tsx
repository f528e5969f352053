import { fiscalYearStartFor } from '../../shared/dates'
import { Amount } from '../components/amount'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref, type Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { DateParam, ReportFrame } from './report-frame'
import { useReportContext } from './use-report-context'

/** Every account's balance on a day, debits beside credits; a row opens its general ledger. */
export function TrialBalanceReport(props: { route: Extract<Route, { page: 'trial-balance' }> }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { defaults, fiscalYearStart, companyPath } = useReportContext()
  const asOf = props.route.asOf ?? defaults.asOf
  const report = useQuery(`${companyPath}|${asOf}`, () => invoke('reports.trialBalance', { asOf }))
  const data = report.data
  const ledgerOf = (accountId: string): Route => ({
    page: 'general-ledger',
    account: accountId,
    from: fiscalYearStartFor(asOf, fiscalYearStart),
    to: asOf,
  })

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
          onChange={(value) => navigate({ page: 'trial-balance', asOf: value }, { replace: true })}
        />
      }
    >
      {data ? (
        <table className="grid report-table trial-balance">
          <thead>
            <tr>
              <th className="col-code">{t('report.col.code')}</th>
              <th>{t('report.col.account')}</th>
              <th className="end col-money">{t('report.col.debit')}</th>
              <th className="end col-money">{t('report.col.credit')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="empty">
                  {t('report.noActivity')}
                </td>
              </tr>
            ) : null}
            {data.rows.map((row) => (
              <tr
                key={row.accountId}
                className="drill"
                data-account={row.code}
                onClick={() => navigate(ledgerOf(row.accountId))}
              >
                <td className="col-code mono">{row.code}</td>
                <td>
                  <a href={routeHref(ledgerOf(row.accountId))} onClick={(e) => e.stopPropagation()}>
                    {row.name}
                  </a>
                </td>
                <td className="end">
                  <Amount value={row.debit} blankZero />
                </td>
                <td className="end">
                  <Amount value={row.credit} blankZero />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={2}>{t('report.total')}</td>
              <td className="end">
                <Amount value={data.totals.debit} />
              </td>
              <td className="end">
                <Amount value={data.totals.credit} />
              </td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </ReportFrame>
  )
}
