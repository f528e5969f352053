import { useState, type FormEvent } from 'react'
import { daysInMonth, today } from '../../shared/dates'
import { asRpcError } from '../api/rpc-error'
import { Amount } from '../components/amount'
import { Field } from '../components/field'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { rowKeys } from './row-keys'

function monthEnd(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number]
  return `${month}-${String(daysInMonth(year, number)).padStart(2, '0')}`
}

/** Pay runs, newest first, and a monthly run opened for a month in one step. */
export function PayRunList() {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const runs = useQuery('pay-runs', () => invoke('payroll.runs.list', {}))
  const [month, setMonth] = useState(today().slice(0, 7))
  const [payDate, setPayDate] = useState(monthEnd(today().slice(0, 7)))
  const [error, setError] = useState<{ field?: string; message: string } | null>(null)

  const create = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      const run = await invoke('payroll.runs.create', {
        frequency: 'monthly',
        periodStart: `${month}-01`,
        periodEnd: monthEnd(month),
        payDate,
      })
      navigate({ page: 'pay-run', id: run.id })
    } catch (caught) {
      const rpc = asRpcError(caught)
      setError({ field: rpc.field, message: rpc.message })
    }
  }

  return (
    <div className="page list-page">
      <form className="toolbar" onSubmit={create} noValidate>
        <Field
          label={t('payRuns.month')}
          error={error && error.field !== 'payDate' ? error.message : null}
        >
          <input
            type="month"
            autoFocus
            value={month}
            onChange={(event) => {
              if (!event.target.value) return
              setMonth(event.target.value)
              setPayDate(monthEnd(event.target.value))
            }}
          />
        </Field>
        <Field
          label={t('payRuns.payDate')}
          error={error?.field === 'payDate' ? error.message : null}
        >
          <input type="date" value={payDate} onChange={(event) => setPayDate(event.target.value)} />
        </Field>
        <button type="submit" className="primary">
          {t('payRuns.new')}
        </button>
      </form>
      {runs.error ? <Notice tone="error">{runs.error.message}</Notice> : null}
      {runs.data && runs.data.length === 0 ? (
        <p className="empty">{t('payRuns.empty')}</p>
      ) : (
        <table className="grid pay-runs-table" aria-label={t('nav.payRuns')}>
          <thead>
            <tr>
              <th className="col-number">{t('payRuns.col.number')}</th>
              <th>{t('payRuns.col.period')}</th>
              <th>{t('payRuns.col.status')}</th>
              <th className="end col-number">{t('payRuns.col.employees')}</th>
              <th className="end col-money">{t('payRuns.col.gross')}</th>
              <th className="end col-money">{t('payRuns.col.net')}</th>
            </tr>
          </thead>
          <tbody>
            {(runs.data ?? []).map((run) => {
              const open = () => navigate({ page: 'pay-run', id: run.id })
              return (
                <tr
                  key={run.id}
                  className="drill"
                  tabIndex={0}
                  onClick={open}
                  onKeyDown={rowKeys(open)}
                >
                  <td className="mono">{run.number}</td>
                  <td>
                    {t('payRuns.period', {
                      from: format.date(run.periodStart),
                      to: format.date(run.periodEnd),
                    })}
                  </td>
                  <td>
                    <span className={`badge status-${run.status}`}>
                      {t(`payRunStatus.${run.status}`)}
                    </span>
                  </td>
                  <td className="end">{format.number(run.totals.employees)}</td>
                  <td className="end">
                    <Amount value={run.totals.gross} />
                  </td>
                  <td className="end">
                    <Amount value={run.totals.net} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}
