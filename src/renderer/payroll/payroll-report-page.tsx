import { today } from '../../shared/dates'
import { Amount } from '../components/amount'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import type { PayrollRoute } from '../routing/payroll-routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke, useSession } from '../state/services'
import { DateParam, ReportFrame } from '../reports/report-frame'

type ReportRoute = Extract<PayrollRoute, { page: 'payroll-report' }>

const TITLES = {
  'payroll-register': 'nav.payrollRegister',
  'payroll-liabilities': 'nav.payrollLiabilities',
  'payroll-ytd': 'nav.payrollYtd',
} as const

/** The payroll register, liabilities or year to date for a range, as the CLI prints them. */
export function PayrollReportPage(props: { route: ReportRoute }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const company = useSession((store) => store.session?.company)
  const to = props.route.to ?? today()
  const from =
    props.route.from ??
    (props.route.name === 'payroll-ytd' ? `${to.slice(0, 4)}-01-01` : `${to.slice(0, 7)}-01`)
  const shown = props.route.name
  const query = useQuery(`${shown}:${from}:${to}`, () =>
    invoke('payroll.report', { name: shown, from, to }),
  )
  const go = (range: { from?: string; to?: string }) =>
    navigate({ ...props.route, from, to, ...range }, { replace: true })
  const grid = query.data
  const columns = grid?.columns.filter((column) => column.only !== 'csv') ?? []
  const rows = grid?.rows ?? []
  return (
    <ReportFrame
      params={
        <>
          <h2 className="report-title">{t(TITLES[shown])}</h2>
          <DateParam
            label={t('payrollReport.from')}
            value={from}
            onChange={(v) => go({ from: v })}
          />
          <DateParam label={t('payrollReport.to')} value={to} onChange={(v) => go({ to: v })} />
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
      loading={query.loading}
    >
      {grid && rows.length === 0 ? <p className="empty">{t('payrollReport.empty')}</p> : null}
      {grid && rows.length > 0 ? (
        <table className="grid report-table" aria-label={grid.title}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} className={column.kind === 'text' ? undefined : 'end'}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) =>
              'caption' in row ? (
                <tr key={index} className="section-title">
                  <th colSpan={columns.length}>{row.caption}</th>
                </tr>
              ) : (
                <tr key={index} className={row.rule ? 'subtotal' : undefined}>
                  {columns.map((column) => {
                    const value = row.cells[column.key]
                    return (
                      <td key={column.key} className={column.kind === 'text' ? undefined : 'end'}>
                        {typeof value === 'bigint' && column.kind === 'amount' ? (
                          <Amount value={value} />
                        ) : typeof value === 'number' || typeof value === 'bigint' ? (
                          format.number(Number(value))
                        ) : (
                          (value ?? '')
                        )}
                      </td>
                    )
                  })}
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
    </ReportFrame>
  )
}
