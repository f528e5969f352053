import { RecordPage } from '../components/record-page'
import { useQuery } from '../components/use-query'
import { useInvoke } from '../state/services'
import { AssignmentHistory } from './assignment-history'
import { EmployeeForm } from './employee-form'

/** One employee (or a new one, id "new"), with the departments and structures the form offers. */
export function EmployeePage(props: { id: string }) {
  const invoke = useInvoke()
  const query = useQuery(`employee:${props.id}`, async () => ({
    id: props.id,
    employees: await invoke('payroll.employees.list', {}),
    departments: await invoke('payroll.departments.list', {}),
    structures: await invoke('payroll.structures.list', {}),
  }))
  return (
    <RecordPage query={query} id={props.id}>
      {(data) => {
        const employee =
          props.id === 'new' ? null : (data.employees.find((e) => e.id === props.id) ?? null)
        return (
          <div className="page">
            <EmployeeForm
              employee={employee}
              departments={data.departments}
              structures={data.structures}
              onDepartmentAdded={query.reload}
            />
            {employee ? <AssignmentHistory employeeId={employee.id} /> : null}
          </div>
        )
      }}
    </RecordPage>
  )
}
