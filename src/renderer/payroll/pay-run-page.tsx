import { useState } from 'react'
import { RecordPage } from '../components/record-page'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'
import { employeesOf, InputsGrid } from './inputs-grid'
import { InputsImport } from './inputs-import'
import { PayActions } from './pay-actions'
import { ReviewTable } from './review-table'
import { useNotice } from './use-notice'

/** One pay run: its inputs while open, its payslips against the last run, and its next step. */
export function PayRunPage(props: { id: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const [version, setVersion] = useState(0)
  const { setNotice, shown } = useNotice()
  const query = useQuery(`pay-run:${props.id}:${version}`, async () => ({
    id: props.id,
    review: await invoke('payroll.runs.review', { id: props.id }),
    employees: await invoke('payroll.employees.list', {}),
    inputs: await invoke('payroll.runs.inputs', { id: props.id }),
  }))
  const refresh = () => setVersion((n) => n + 1)
  const done = (text: string) => {
    setNotice({ tone: 'success', text })
    refresh()
  }
  return (
    <RecordPage query={query} id={props.id}>
      {({ review, employees, inputs }) => {
        const { run } = review
        const open = run.status === 'draft' || run.status === 'calculated'
        return (
          <div className="page pay-run-page">
            <div className="report-heading">
              <h2>{t('payRun.title', { number: run.number })}</h2>
              <span className="muted">
                {t('payRuns.period', {
                  from: format.date(run.periodStart),
                  to: format.date(run.periodEnd),
                })}
              </span>
              <span className={`badge status-${run.status}`} data-status={run.status}>
                {t(`payRunStatus.${run.status}`)}
              </span>
            </div>
            <PayActions
              key={run.status}
              run={run}
              onDone={done}
              onError={(text) => setNotice({ tone: 'error', text })}
            />
            {shown}
            {open ? (
              <>
                <InputsGrid
                  key={inputs.map((i) => Object.values(i).join(':')).join('|')}
                  run={run}
                  employees={employeesOf(run, employees)}
                  saved={inputs}
                  onSaved={done}
                />
                <InputsImport runId={run.id} onImported={done} />
              </>
            ) : null}
            <ReviewTable review={review} />
          </div>
        )
      }}
    </RecordPage>
  )
}
