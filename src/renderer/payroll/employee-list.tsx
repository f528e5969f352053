import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { rowKeys } from './row-keys'

/** Employees with their department and pay frequency; Enter on a row opens the employee. */
export function EmployeeList() {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery('employees', async () => ({
    employees: await invoke('payroll.employees.list', {}),
    departments: await invoke('payroll.departments.list', {}),
  }))
  const employees = query.data?.employees ?? []
  const department = (id: string) => query.data?.departments.find((d) => d.id === id)?.name ?? ''
  return (
    <div className="page list-page">
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => navigate({ page: 'employee', id: 'new' })}
        >
          {t('employees.new')}
        </button>
        <span className="toolbar-count muted" aria-live="polite">
          {query.data ? tn('employees.count', employees.length) : t('payroll.loading')}
        </span>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {query.data && employees.length === 0 ? (
        <p className="empty">{t('employees.empty')}</p>
      ) : (
        <table className="grid employees-table" aria-label={t('nav.employees')}>
          <thead>
            <tr>
              <th className="col-code">{t('employees.field.code')}</th>
              <th>{t('employees.field.name')}</th>
              <th>{t('employees.field.departmentId')}</th>
              <th>{t('employees.field.payFrequency')}</th>
              <th className="col-date">{t('employees.field.startDate')}</th>
            </tr>
          </thead>
          <tbody>
            {employees.map((employee) => {
              const open = () => navigate({ page: 'employee', id: employee.id })
              return (
                <tr
                  key={employee.id}
                  className="drill"
                  tabIndex={0}
                  data-code={employee.code}
                  onClick={open}
                  onKeyDown={rowKeys(open)}
                >
                  <td className="mono">{employee.code}</td>
                  <td dir="auto">{employee.name}</td>
                  <td>{department(employee.departmentId)}</td>
                  <td>{t(`frequency.${employee.payFrequency}`)}</td>
                  <td>{format.date(employee.startDate)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <p className="muted keyboard-hint">{t('payroll.keyboardHint')}</p>
    </div>
  )
}
