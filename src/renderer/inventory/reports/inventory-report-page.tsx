import { today } from '../../../shared/dates'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { downloadFile } from '../../payroll/download'
import { DateParam, ReportFrame } from '../../reports/report-frame'
import { useReportContext } from '../../reports/use-report-context'
import type { InventoryRoute } from '../../routing/inventory-routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke, useSession } from '../../state/services'
import { LedgerBalance } from './ledger-balance'
import { ItemFilter, WarehouseFilter } from './report-filters'
import { loadReport, type ReportParams } from './report-load'
import { reportView } from './report-view'

type ReportRoute = Extract<InventoryRoute, { page: 'inventory-report' }>

const DEFAULT_DAYS = 30

/** An inventory report with its date, item and warehouse filters, and a CSV of what it shows. */
export function InventoryReportPage(props: { route: ReportRoute }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { defaults } = useReportContext()
  const company = useSession((store) => store.session?.company)
  const route = props.route
  const name = route.name
  const days = Number(route.days ?? DEFAULT_DAYS)
  const params: ReportParams = {
    asOf: route.asOf ?? today(),
    from: route.from ?? defaults.from,
    to: route.to ?? today(),
    item: route.item,
    warehouse: route.warehouse,
    days: Number.isInteger(days) && days >= 0 ? days : DEFAULT_DAYS,
  }
  const key = [name, params.asOf, params.from, params.to, params.item, params.warehouse, days]
  const query = useQuery(key.join(':'), () => loadReport(invoke, name, params))
  const go = (change: Partial<ReportRoute>) => navigate({ ...route, ...change }, { replace: true })
  const ranged = name === 'stock-ledger'
  const loaded = query.data?.name === name ? query.data : null
  const shown = loaded ? reportView(loaded, t) : null
  const period = ranged
    ? t('stockReport.range', { from: format.date(params.from), to: format.date(params.to) })
    : t('stockReport.asOfPeriod', { date: format.date(params.asOf) })

  return (
    <ReportFrame
      params={
        <>
          {ranged ? (
            <>
              <DateParam
                label={t('stockReport.from')}
                value={params.from}
                onChange={(from) => go({ from })}
              />
              <DateParam
                label={t('stockReport.to')}
                value={params.to}
                onChange={(to) => go({ to })}
              />
            </>
          ) : (
            <DateParam
              label={t('stockReport.asOf')}
              value={params.asOf}
              onChange={(asOf) => go({ asOf })}
            />
          )}
          {name === 'low-stock' ? null : (
            <ItemFilter value={route.item} allowAll={!ranged} onChange={(item) => go({ item })} />
          )}
          {name === 'stock-valuation' ? null : (
            <WarehouseFilter value={route.warehouse} onChange={(warehouse) => go({ warehouse })} />
          )}
          {name === 'expiring-lots' ? (
            <label className="inline-label">
              {t('stockReport.days')}
              <input
                type="number"
                min={0}
                className="narrow"
                value={params.days}
                onChange={(event) => go({ days: event.target.value })}
              />
            </label>
          ) : null}
          <button
            type="button"
            disabled={!shown}
            onClick={() =>
              shown &&
              downloadFile(
                `${name}-${ranged ? params.to : params.asOf}.csv`,
                shown.csv(),
                'text/csv',
              )
            }
          >
            {t('stockReport.csv')}
          </button>
        </>
      }
      heading={
        company
          ? { company: company.name, currency: shown?.money ? company.currency : undefined, period }
          : undefined
      }
      error={query.error}
      loading={query.loading}
    >
      {ranged && !route.item ? <p className="empty">{t('stockReport.pickItem')}</p> : null}
      {shown && shown.rowCount === 0 ? (
        <p className="empty">{t(`stockReport.empty.${name}`)}</p>
      ) : null}
      {shown && shown.rowCount > 0 ? shown.body : null}
      {loaded?.name === 'stock-valuation' && !route.item ? (
        <LedgerBalance asOf={params.asOf} valuation={loaded.report.totals.value} />
      ) : null}
    </ReportFrame>
  )
}
