import { useState, type FormEvent } from 'react'
import { daysInMonth, today } from '../../shared/dates'
import type { PayRun } from '../../shared/domain/payroll'
import { Amount } from '../components/amount'
import { Field } from '../components/field'
import { codeColumn, ListTable, type ListColumn } from '../components/list-table'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useFormRefusal } from '../components/use-form-fields'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'

const RUN_FIELDS = ['month', 'payDate'] as const

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
  const { errors, refuse, attempt } = useFormRefusal(RUN_FIELDS)

  const create = (event: FormEvent) => {
    event.preventDefault()
    void attempt(
      async () => {
        const run = await invoke('payroll.runs.create', {
          frequency: 'monthly',
          periodStart: `${month}-01`,
          periodEnd: monthEnd(month),
          payDate,
        })
        navigate({ page: 'pay-run', id: run.id })
      },
      (error) => refuse(error, error.field === 'payDate' ? 'payDate' : 'month'),
    )
  }

  const columns: ListColumn<PayRun>[] = [
    codeColumn(t('payRuns.col.number'), (run) => run.number, 'col-number'),
    {
      key: 'period',
      header: t('payRuns.col.period'),
      cell: (run) =>
        t('payRuns.period', { from: format.date(run.periodStart), to: format.date(run.periodEnd) }),
    },
    {
      key: 'status',
      header: t('payRuns.col.status'),
      cell: (run) => (
        <span className={`badge status-${run.status}`}>{t(`payRunStatus.${run.status}`)}</span>
      ),
    },
    {
      key: 'employees',
      header: t('payRuns.col.employees'),
      headerClassName: 'end col-number',
      className: 'end',
      cell: (run) => format.number(run.totals.employees),
    },
    {
      key: 'gross',
      header: t('payRuns.col.gross'),
      headerClassName: 'end col-money',
      className: 'end',
      cell: (run) => <Amount value={run.totals.gross} />,
    },
    {
      key: 'net',
      header: t('payRuns.col.net'),
      headerClassName: 'end col-money',
      className: 'end',
      cell: (run) => <Amount value={run.totals.net} />,
    },
  ]

  return (
    <div className="page list-page">
      <form className="toolbar" onSubmit={create} noValidate>
        <Field label={t('payRuns.month')} error={errors.month}>
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
        <Field label={t('payRuns.payDate')} error={errors.payDate}>
          <input type="date" value={payDate} onChange={(event) => setPayDate(event.target.value)} />
        </Field>
        <button type="submit" className="primary">
          {t('payRuns.new')}
        </button>
      </form>
      {runs.error ? <Notice tone="error">{runs.error.message}</Notice> : null}
      <ListTable
        label={t('nav.payRuns')}
        className="pay-runs-table"
        columns={columns}
        rows={runs.data}
        rowKey={(run) => run.id}
        onOpen={(run) => navigate({ page: 'pay-run', id: run.id })}
        empty={t('payRuns.empty')}
      />
    </div>
  )
}
