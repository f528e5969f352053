import type { PayrollRoute } from '../routing/payroll-routes'
import { EmployeeList } from './employee-list'
import { EmployeePage } from './employee-page'
import { PayRunList } from './pay-run-list'
import { PayRunPage } from './pay-run-page'
import { PayrollReportPage } from './payroll-report-page'
import { PayslipView } from './payslip-view'
import { isSetupRoute, PayrollSetupPage } from './setup/setup-pages'
import './payroll.css'

/** The payroll screen for a route. */
export function PayrollPage(props: { route: PayrollRoute }) {
  const route = props.route
  if (isSetupRoute(route)) return <PayrollSetupPage route={route} />
  switch (route.page) {
    case 'employees':
      return <EmployeeList />
    case 'employee':
      return <EmployeePage key={route.id} id={route.id} />
    case 'pay-runs':
      return <PayRunList />
    case 'pay-run':
      return <PayRunPage key={route.id} id={route.id} />
    case 'payslip':
      return <PayslipView run={route.run} employee={route.employee} />
    case 'payroll-report':
      return <PayrollReportPage key={route.name} route={route} />
  }
}
