import { addDays, today } from '../../shared/dates'
import { Amount } from '../components/amount'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { DateParam, ReportFrame } from '../reports/report-frame'
import { routeHref, type Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke, useSession } from '../state/services'

const COLUMNS = ['billed', 'debited', 'net', 'tax', 'gross'] as const

/** What each supplier billed us in a period, less debit notes; a row opens the supplier. */
export function PurchasesBySupplier(props: {
  route: Extract<Route, { page: 'purchases-by-supplier' }>
}) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const to = props.route.to ?? today()
  const from = props.route.from ?? addDays(to, -364)
  const report = useQuery(`${companyPath}|${from}|${to}`, () =>
    invoke('reports.purchasesBySupplier', { from, to }),
  )
  const data = report.data
  const go = (patch: { from?: string; to?: string }) =>
    navigate({ page: 'purchases-by-supplier', from, to, ...patch }, { replace: true })

  return (
    <ReportFrame
      error={report.error}
      loading={report.loading}
      heading={
        data && {
          company: data.companyName,
          currency: data.currency,
          period: `${format.date(data.from)} – ${format.date(data.to)}`,
        }
      }
      params={
        <>
          <DateParam
            label={t('report.param.from')}
            value={from}
            onChange={(value) => go({ from: value })}
          />
          <DateParam
            label={t('report.param.to')}
            value={to}
            onChange={(value) => go({ to: value })}
          />
        </>
      }
    >
      {data ? (
        <table className="grid report-table purchases-table">
          <thead>
            <tr>
              <th>{t('payablesAgeing.col.supplier')}</th>
              {COLUMNS.map((column) => (
                <th key={column} className="end col-money">
                  {t(`purchasesBySupplier.col.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length + 1} className="empty">
                  {t('purchasesBySupplier.nothing')}
                </td>
              </tr>
            ) : null}
            {data.rows.map((row) => (
              <tr
                key={row.contactId}
                className="drill"
                data-contact={row.contactName}
                onClick={() => navigate({ page: 'supplier', id: row.contactId })}
              >
                <td>
                  <a
                    href={routeHref({ page: 'supplier', id: row.contactId })}
                    onClick={(event) => event.stopPropagation()}
                  >
                    {row.contactName}
                  </a>
                </td>
                {COLUMNS.map((column) => (
                  <td key={column} className="end">
                    <Amount value={row[column]} blankZero />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('report.total')}</td>
              {COLUMNS.map((column) => (
                <td key={column} className="end">
                  <Amount value={data.totals[column]} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      ) : null}
    </ReportFrame>
  )
}
