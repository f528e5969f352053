import { useState } from 'react'
import type { ImportProblem } from '../../shared/errors'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'
import { useNotice } from './use-notice'

/** Period inputs from CSV: checked first (a dry run listing every bad line), then imported whole. */
export function InputsImport(props: { runId: string; onImported: (message: string) => void }) {
  const { t, tn } = useI18n()
  const invoke = useInvoke()
  const [csv, setCsv] = useState('')
  const [checked, setChecked] = useState<{ rows: number; problems: ImportProblem[] } | null>(null)
  const { report, shown } = useNotice()
  const run = (dryRun: boolean) =>
    report(async () => {
      const result = await invoke('payroll.runs.importInputs', { id: props.runId, csv, dryRun })
      setChecked(result)
      if (!dryRun && result.problems.length === 0) {
        setCsv('')
        setChecked(null)
        props.onImported(tn('payRun.csvImported', result.rows))
      }
    })
  return (
    <section className="card inputs-import" aria-label={t('payRun.importCsv')}>
      <h3>{t('payRun.importCsv')}</h3>
      <p className="muted">{t('payRun.csvHint')}</p>
      <div className="field">
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label={t('payRun.csvFile')}
          onChange={async (event) => {
            const file = event.target.files?.[0]
            if (file) {
              setCsv(await file.text())
              setChecked(null)
            }
          }}
        />
        <textarea
          rows={4}
          className="mono"
          aria-label={t('payRun.csvHint')}
          value={csv}
          onChange={(event) => {
            setCsv(event.target.value)
            setChecked(null)
          }}
        />
      </div>
      {shown}
      {checked && checked.problems.length > 0 ? (
        <ul className="import-problems" role="alert">
          {checked.problems.map((problem) => (
            <li key={`${problem.line}:${problem.field ?? ''}`}>
              {t('payroll.line', { line: problem.line })}
              {problem.field ? ` · ${problem.field}` : ''}: {problem.message}
            </li>
          ))}
        </ul>
      ) : checked ? (
        <Notice tone="info">{tn('payRun.csvOk', checked.rows)}</Notice>
      ) : null}
      <div className="form-actions">
        <button type="button" disabled={!csv.trim()} onClick={() => run(true)}>
          {t('payRun.checkCsv')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!checked || checked.problems.length > 0}
          onClick={() => run(false)}
        >
          {t('payRun.importCsv')}
        </button>
      </div>
    </section>
  )
}
