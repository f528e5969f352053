import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'
import { AssignmentHistory } from './assignment-history'
import { EmployeeForm } from './employee-form'

/** One employee (or a new one, id "new"), with the departments and structures the form offers. */
export function EmployeePage(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`employee:${props.id}`, async () => ({
    employees: await invoke('payroll.employees.list', {}),
    departments: await invoke('payroll.departments.list', {}),
    structures: await invoke('payroll.structures.list', {}),
  }))
  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  if (!query.data) return <p className="empty">{t('payroll.loading')}</p>
  const employee =
    props.id === 'new' ? null : (query.data.employees.find((e) => e.id === props.id) ?? null)
  return (
    <div className="page">
      <EmployeeForm
        employee={employee}
        departments={query.data.departments}
        structures={query.data.structures}
        onDepartmentAdded={query.reload}
      />
      {employee ? <AssignmentHistory employeeId={employee.id} /> : null}
    </div>
  )
}
