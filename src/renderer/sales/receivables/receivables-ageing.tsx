import { useState } from 'react'
import { today } from '../../../shared/dates'
import type {
  AgeingRow,
  ReceivablesAgeing as ReceivablesAgeingReport,
} from '../../../shared/domain/receivables'
import { DrillAmountsTable, type AmountColumn } from '../../components/report-table'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { AsOfParam, ReportPage } from '../../reports/report-frame'
import type { Route } from '../../routing/routes'
import { useInvoke, useSession } from '../../state/services'

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
  const label = (text: string, index: number) =>
    index === 0 ? t('ageing.current') : t('ageing.days', { range: text })
  const columns = (data: ReceivablesAgeingReport): AmountColumn<AgeingRow>[] => [
    ...data.buckets.map((bucket, index) => ({
      key: bucket,
      label: label(bucket, index),
      amount: (row: AgeingRow) => row.amounts[index] ?? 0n,
      total: data.totals[index] ?? 0n,
    })),
    {
      key: 'total',
      label: t('ageing.col.total'),
      amount: (row) => row.total,
      total: data.total,
      showZero: true,
    },
  ]

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
          columns={columns(data)}
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
