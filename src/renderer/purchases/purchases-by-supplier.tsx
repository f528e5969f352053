import { addDays, today } from '../../shared/dates'
import { DrillAmountsTable, namedColumns } from '../components/report-table'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { RangeParams, ReportPage } from '../reports/report-frame'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke, useSession } from '../state/services'

const COLUMNS = ['billed', 'debited', 'net', 'tax', 'gross'] as const

/** What each supplier billed us in a period, less debit notes; a row opens the supplier. */
export function PurchasesBySupplier(props: {
  route: Extract<Route, { page: 'purchases-by-supplier' }>
}) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const to = props.route.to ?? today()
  const from = props.route.from ?? addDays(to, -364)
  const report = useQuery(`${companyPath}|${from}|${to}`, () =>
    invoke('reports.purchasesBySupplier', { from, to }),
  )
  const go = (patch: { from?: string; to?: string }) =>
    navigate({ page: 'purchases-by-supplier', from, to, ...patch }, { replace: true })

  return (
    <ReportPage report={report} params={<RangeParams from={from} to={to} onChange={go} />}>
      {(data) => (
        <DrillAmountsTable
          className="purchases-table"
          nameLabel={t('payablesAgeing.col.supplier')}
          name={(row) => row.contactName}
          columns={namedColumns(COLUMNS, (key) => t(`purchasesBySupplier.col.${key}`), data.totals)}
          rows={data.rows}
          rowKey={(row) => row.contactId}
          rowData={(row) => ({ 'data-contact': row.contactName })}
          drillTo={(row) => ({ page: 'supplier', id: row.contactId })}
          empty={t('purchasesBySupplier.nothing')}
        />
      )}
    </ReportPage>
  )
}
