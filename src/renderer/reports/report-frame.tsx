import type { ReactNode } from 'react'
import { Notice } from '../components/notice'
import type { Query } from '../components/use-query'
import type { RpcError } from '../api/rpc-error'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'

/**
 * A report page: its parameters, a heading naming company, period and (for a report that shows
 * money) currency, the body.
 */
export function ReportFrame(props: {
  params: ReactNode
  heading?: { company: string; currency?: string; period: string }
  error: RpcError | null
  loading: boolean
  children: ReactNode
}) {
  const { t } = useI18n()
  const { heading } = props
  return (
    <div className="page report-page">
      <div className="toolbar report-params">{props.params}</div>
      {props.error ? <Notice tone="error">{props.error.message}</Notice> : null}
      {heading ? (
        <div className="report-heading">
          <span className="report-company">{heading.company}</span>
          <span className="muted">
            {heading.currency
              ? t('report.heading', { currency: heading.currency, period: heading.period })
              : heading.period}
          </span>
          {props.loading ? <span className="muted">{t('app.loading')}</span> : null}
        </div>
      ) : props.loading ? (
        <p className="empty">{t('app.loading')}</p>
      ) : null}
      {props.children}
    </div>
  )
}

export function DateParam(props: {
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <label className="inline-label">
      {props.label}
      <input
        type="date"
        value={props.value}
        required
        onChange={(event) => event.target.value && props.onChange(event.target.value)}
      />
    </label>
  )
}

/** The day a report is drawn on, or the period it covers. */
type Covers = { asOf: string } | { from: string; to: string }

/** What the engine's reports say about themselves: whose books, in what, when. */
type ReportHeader = { companyName: string; currency: string } & Covers

/** Words for the day a report is drawn on ("as of 31 Mar 2026") or its period. */
export function usePeriodText() {
  const { t, format } = useI18n()
  return (covers: Covers) =>
    'asOf' in covers
      ? t('report.asOf', { date: format.date(covers.asOf) })
      : t('report.period', { from: format.date(covers.from), to: format.date(covers.to) })
}

/** A report page headed by the engine's answer; the body is drawn once that answer is in. */
export function ReportPage<T extends ReportHeader>(props: {
  report: Query<T>
  params: ReactNode
  children: (data: T) => ReactNode
}) {
  const period = usePeriodText()
  const { data, error, loading } = props.report
  return (
    <ReportFrame
      error={error}
      loading={loading}
      heading={data && { company: data.companyName, currency: data.currency, period: period(data) }}
      params={props.params}
    >
      {data ? props.children(data) : null}
    </ReportFrame>
  )
}

type AsOfRoute = Extract<
  Route,
  { page: 'trial-balance' | 'balance-sheet' | 'receivables-ageing' | 'payables-ageing' }
>

/** The day an as-of report is drawn for, kept in its address: a change replaces the address. */
export function AsOfParam(props: { page: AsOfRoute['page']; value: string }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  return (
    <DateParam
      label={t('report.param.asOf')}
      value={props.value}
      onChange={(asOf) => navigate({ page: props.page, asOf }, { replace: true })}
    />
  )
}

/** The first and last day of a period report. */
export function RangeParams(props: {
  from: string
  to: string
  onChange: (patch: { from?: string; to?: string }) => void
}) {
  const { t } = useI18n()
  return (
    <>
      <DateParam
        label={t('report.param.from')}
        value={props.from}
        onChange={(from) => props.onChange({ from })}
      />
      <DateParam
        label={t('report.param.to')}
        value={props.to}
        onChange={(to) => props.onChange({ to })}
      />
    </>
  )
}
