import { useState } from 'react'
import { today } from '../../../shared/dates'
import { Amount } from '../../components/amount'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { DateParam, ReportFrame } from '../../reports/report-frame'
import { routeHref, type Route } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
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
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
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
  const data = report.data
  const label = (text: string, index: number) =>
    index === 0 ? t('ageing.current') : t('ageing.days', { range: text })

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
        <>
          <DateParam
            label={t('report.param.asOf')}
            value={asOf}
            onChange={(value) =>
              navigate({ page: props.route.page, asOf: value }, { replace: true })
            }
          />
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
      {data ? (
        <table className="grid report-table ageing-table">
          <thead>
            <tr>
              <th>{t(payables ? 'payablesAgeing.col.supplier' : 'ageing.col.customer')}</th>
              {data.buckets.map((bucket, index) => (
                <th key={bucket} className="end col-money">
                  {label(bucket, index)}
                </th>
              ))}
              <th className="end col-money">{t('ageing.col.total')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.length === 0 ? (
              <tr>
                <td colSpan={data.buckets.length + 2} className="empty">
                  {t(payables ? 'payablesAgeing.nothing' : 'ageing.nothing')}
                </td>
              </tr>
            ) : null}
            {data.rows.map((row) => (
              <tr
                key={row.contactId}
                className="drill"
                data-contact={row.contactName}
                onClick={() => navigate(contactRoute(row.contactId))}
              >
                <td>
                  <a
                    href={routeHref(contactRoute(row.contactId))}
                    onClick={(event) => event.stopPropagation()}
                  >
                    {row.contactName}
                  </a>
                </td>
                {row.amounts.map((amount, index) => (
                  <td key={index} className="end">
                    <Amount value={amount} blankZero />
                  </td>
                ))}
                <td className="end">
                  <Amount value={row.total} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('report.total')}</td>
              {data.totals.map((amount, index) => (
                <td key={index} className="end">
                  <Amount value={amount} />
                </td>
              ))}
              <td className="end">
                <Amount value={data.total} />
              </td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </ReportFrame>
  )
}
