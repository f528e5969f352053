import type { Employee } from '../../shared/domain/payroll'
import { codeColumn, ListTable, type ListColumn } from '../components/list-table'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { KeyboardHint, ListCount, PayrollListPage } from './list-page'

/** Employees with their department and pay frequency; Enter on a row opens the employee. */
export function EmployeeList() {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery('employees', async () => ({
    employees: await invoke('payroll.employees.list', {}),
    departments: await invoke('payroll.departments.list', {}),
  }))
  const employees = query.data?.employees
  const department = (id: string) => query.data?.departments.find((d) => d.id === id)?.name ?? ''
  const columns: ListColumn<Employee>[] = [
    codeColumn(t('employees.field.code'), (employee) => employee.code),
    {
      key: 'name',
      header: t('employees.field.name'),
      dir: 'auto',
      cell: (employee) => employee.name,
    },
    {
      key: 'department',
      header: t('employees.field.departmentId'),
      cell: (employee) => department(employee.departmentId),
    },
    {
      key: 'frequency',
      header: t('employees.field.payFrequency'),
      cell: (employee) => t(`frequency.${employee.payFrequency}`),
    },
    {
      key: 'start',
      header: t('employees.field.startDate'),
      headerClassName: 'col-date',
      cell: (employee) => format.date(employee.startDate),
    },
  ]
  return (
    <PayrollListPage
      newLabel={t('employees.new')}
      onNew={() => navigate({ page: 'employee', id: 'new' })}
      status={<ListCount text={employees && tn('employees.count', employees.length)} />}
      error={query.error}
    >
      <ListTable
        label={t('nav.employees')}
        className="employees-table"
        columns={columns}
        rows={employees}
        rowKey={(employee) => employee.id}
        rowData={(employee) => ({ 'data-code': employee.code })}
        onOpen={(employee) => navigate({ page: 'employee', id: employee.id })}
        empty={t('employees.empty')}
      />
      <KeyboardHint />
    </PayrollListPage>
  )
}
