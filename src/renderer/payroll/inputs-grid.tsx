import { useState } from 'react'
import type { Employee, PayRun, PeriodInput } from '../../shared/domain/payroll'
import type { ImportProblem } from '../../shared/errors'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'
import { useNotice } from './use-notice'

const CELLS = ['daysWorked', 'unpaidLeaveDays', 'overtimeHours'] as const
type Cell = (typeof CELLS)[number]
/** The engine names a bad cell by its CSV column. */
const COLUMNS = {
  daysWorked: 'days_worked',
  unpaidLeaveDays: 'unpaid_leave_days',
  overtimeHours: 'overtime_hours',
} as const
const LABELS = {
  daysWorked: 'payRun.col.daysWorked',
  unpaidLeaveDays: 'payRun.col.unpaidLeave',
  overtimeHours: 'payRun.col.overtime',
} as const

/** Who is paid in this run: the run's frequency, employed at some point of its period. */
export function employeesOf(run: PayRun, employees: Employee[]): Employee[] {
  return employees.filter(
    (e) =>
      e.payFrequency === run.frequency &&
      e.startDate <= run.periodEnd &&
      (e.endDate === null || e.endDate >= run.periodStart),
  )
}

/**
 * Days worked, unpaid leave and overtime typed per employee; Enter moves down the column. Saved
 * all or nothing: every bad cell is shown beside its row and nothing changes.
 */
export function InputsGrid(props: {
  run: PayRun
  employees: Employee[]
  saved: PeriodInput[]
  onSaved: (message: string) => void
}) {
  const { t, tn } = useI18n()
  const invoke = useInvoke()
  const [values, setValues] = useState<Record<string, Partial<Record<Cell, string>>>>(() =>
    Object.fromEntries(
      props.saved.map((input) => [
        input.employeeCode,
        {
          daysWorked: input.daysWorked ?? '',
          unpaidLeaveDays: input.unpaidLeaveDays === '0' ? '' : input.unpaidLeaveDays,
          overtimeHours: input.overtimeHours === '0' ? '' : input.overtimeHours,
        },
      ]),
    ),
  )
  const [problems, setProblems] = useState<Map<string, ImportProblem>>(new Map())
  const { report, shown } = useNotice()
  const set = (code: string, cell: Cell, value: string) =>
    setValues((current) => ({ ...current, [code]: { ...current[code], [cell]: value } }))

  const save = () =>
    report(async () => {
      const rows = props.employees
        .map((employee) => ({ employee, row: values[employee.code] ?? {} }))
        .filter(({ row }) => CELLS.some((cell) => row[cell]?.trim()))
      const inputs: PeriodInput[] = rows.map(({ employee, row }) => ({
        employeeCode: employee.code,
        daysWorked: row.daysWorked?.trim() || null,
        unpaidLeaveDays: row.unpaidLeaveDays?.trim() || undefined,
        overtimeHours: row.overtimeHours?.trim() || undefined,
      }))
      const result = await invoke('payroll.runs.setInputs', { id: props.run.id, inputs })
      const byCode = new Map(
        result.problems.map((problem) => [rows[problem.line - 1]?.employee.code ?? '', problem]),
      )
      setProblems(byCode)
      if (result.problems.length === 0) props.onSaved(tn('payRun.inputsSaved', inputs.length))
    })

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>, row: number, cell: Cell) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const next = document.getElementById(`input-${row + 1}-${cell}`)
    if (next) next.focus()
    else void save()
  }

  return (
    <section className="card inputs-grid" aria-label={t('payRun.inputs')}>
      <h3>{t('payRun.inputs')}</h3>
      <p className="muted">{t('payRun.inputsHint')}</p>
      {shown}
      <table className="grid">
        <thead>
          <tr>
            <th>{t('payRun.col.employee')}</th>
            {CELLS.map((cell) => (
              <th key={cell} className="end col-number">
                {t(LABELS[cell])}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {props.employees.map((employee, row) => {
            const problem = problems.get(employee.code)
            return (
              <tr key={employee.id} className={problem ? 'has-error' : undefined}>
                <td>
                  <span className="mono">{employee.code}</span> {employee.name}
                </td>
                {CELLS.map((cell) => (
                  <td key={cell} className="end">
                    <input
                      id={`input-${row}-${cell}`}
                      className="amount-input"
                      inputMode="decimal"
                      aria-label={`${employee.code} ${t(LABELS[cell])}`}
                      aria-invalid={problem?.field === COLUMNS[cell] ? true : undefined}
                      value={values[employee.code]?.[cell] ?? ''}
                      onChange={(event) => set(employee.code, cell, event.target.value)}
                      onKeyDown={(event) => onKeyDown(event, row, cell)}
                    />
                  </td>
                ))}
                <td className="field-error" role={problem ? 'alert' : undefined}>
                  {problem?.message}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={save}>
          {t('payRun.saveInputs')}
        </button>
      </div>
    </section>
  )
}
