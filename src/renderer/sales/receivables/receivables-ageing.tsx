import { useState } from 'react'
import { today } from '../../../shared/dates'
import { DrillAmountsTable } from '../../components/report-table'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { AsOfParam, ReportPage } from '../../reports/report-frame'
import type { Route } from '../../routing/routes'
import { useInvoke, useSession } from '../../state/services'
import { ageingColumns } from './ageing-columns'

/** Days limits typed as "30, 60, 90": whole days, rising; null when they are not. */
export function parseBuckets(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean)
  const numbers = parts.map(Number)
  const ok =
    parts.every((part) => /^\d+$/.test(part)) &&
    numbers.every((value, index) => value >= 1 && (index === 0 || value > numbers[index - 1]!))
  return ok && numbers.length > 0 && numbers.length <= 11 ? numbers : null
}

/**
 * What each customer owes on a day, by how late; a row opens the customer's page. On the
 * payables route, what we owe each supplier, a row opening the supplier's page.
 */
export function ReceivablesAgeing(props: {
  route: Extract<Route, { page: 'receivables-ageing' | 'payables-ageing' }>
}) {
  const payables = props.route.page === 'payables-ageing'
  const contactRoute = (id: string): Route =>
    payables ? { page: 'supplier', id } : { page: 'contact', id }
  const { t } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const asOf = props.route.asOf ?? today()
  const [bucketText, setBucketText] = useState('30, 60, 90')
  const buckets = parseBuckets(bucketText)
  const report = useQuery(
    `${companyPath}|${props.route.page}|${asOf}|${buckets?.join(',') ?? 'x'}`,
    () => {
      const input = { asOf, buckets: buckets ?? undefined }
      return payables
        ? invoke('reports.payablesAgeing', input)
        : invoke('reports.receivablesAgeing', input)
    },
  )

  return (
    <ReportPage
      report={report}
      params={
        <>
          <AsOfParam page={props.route.page} value={asOf} />
          <label className="inline-label">
            {t('ageing.param.buckets')}
            <input
              value={bucketText}
              aria-invalid={buckets ? undefined : true}
              className="buckets-input"
              onChange={(event) => setBucketText(event.target.value)}
            />
          </label>
        </>
      }
    >
      {(data) => (
        <DrillAmountsTable
          className="ageing-table"
          nameLabel={t(payables ? 'payablesAgeing.col.supplier' : 'ageing.col.customer')}
          name={(row) => row.contactName}
          columns={ageingColumns(data, t)}
          rows={data.rows}
          rowKey={(row) => row.contactId}
          rowData={(row) => ({ 'data-contact': row.contactName })}
          drillTo={(row) => contactRoute(row.contactId)}
          empty={t(payables ? 'payablesAgeing.nothing' : 'ageing.nothing')}
        />
      )}
    </ReportPage>
  )
}
