import type { ReactNode } from 'react'
import { Notice } from '../components/notice'
import type { RpcError } from '../api/rpc-error'
import { useI18n } from '../i18n/i18n-context'

/** A report page: its parameters, a heading naming company, currency and period, the body. */
export function ReportFrame(props: {
  params: ReactNode
  heading?: { company: string; currency: string; period: string }
  error: RpcError | null
  loading: boolean
  children: ReactNode
}) {
  const { t } = useI18n()
  return (
    <div className="page report-page">
      <div className="toolbar report-params">{props.params}</div>
      {props.error ? <Notice tone="error">{props.error.message}</Notice> : null}
      {props.heading ? (
        <div className="report-heading">
          <span className="report-company">{props.heading.company}</span>
          <span className="muted">
            {t('report.heading', {
              currency: props.heading.currency,
              period: props.heading.period,
            })}
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
