import type { PayrollReportName } from '../../shared/domain/payroll-report'

/**
 * The payroll screens' addresses, kept beside the core table in routes.ts: employees, pay runs,
 * one run (inputs, review, post, pay), one payslip, and the payroll reports.
 */
export type PayrollRoute =
  | { page: 'employees' }
  | { page: 'employee'; id: string }
  | { page: 'pay-runs' }
  | { page: 'pay-run'; id: string }
  | { page: 'payslip'; run: string; employee: string }
  | { page: 'payroll-report'; name: PayrollReportName; from?: string; to?: string }
  | { page: 'pay-components' }
  | { page: 'pay-component'; id: string }
  | { page: 'salary-structures' }
  | { page: 'salary-structure-new' }
  | { page: 'salary-structure'; id: string }
  | { page: 'rule-packs' }
  | { page: 'rule-pack'; code: string }

export type PayrollPageName = PayrollRoute['page']

const EMPLOYEES = '/payroll/employees'
const RUNS = '/payroll/runs'
const REPORTS = '/reports/payroll/'
const COMPONENTS = '/payroll/components'
const STRUCTURES = '/payroll/structures'
const STRUCTURE_NEW = '/payroll/structures/new'
const PACKS = '/payroll/rule-packs'
const NAMES: readonly PayrollReportName[] = [
  'payroll-register',
  'payroll-liabilities',
  'payroll-ytd',
]

/** The payroll route at `path`, or null when the path is not a payroll screen. */
export function parsePayrollRoute(path: string, params: URLSearchParams): PayrollRoute | null {
  const get = (name: string) => params.get(name) || undefined
  if (path === EMPLOYEES) return { page: 'employees' }
  if (path === RUNS) return { page: 'pay-runs' }
  if (path === COMPONENTS) return { page: 'pay-components' }
  if (path === STRUCTURES) return { page: 'salary-structures' }
  if (path === STRUCTURE_NEW) return { page: 'salary-structure-new' }
  if (path === PACKS) return { page: 'rule-packs' }
  const rest = (prefix: string) =>
    path.startsWith(prefix) && path.length > prefix.length
      ? path.slice(prefix.length).split('/').map(decodeURIComponent)
      : null
  const employee = rest(`${EMPLOYEES}/`)
  if (employee?.length === 1) return { page: 'employee', id: employee[0]! }
  const component = rest(`${COMPONENTS}/`)
  if (component?.length === 1) return { page: 'pay-component', id: component[0]! }
  const structure = rest(`${STRUCTURES}/`)
  if (structure?.length === 1) return { page: 'salary-structure', id: structure[0]! }
  const pack = rest(`${PACKS}/`)
  if (pack?.length === 1) return { page: 'rule-pack', code: pack[0]! }
  const run = rest(`${RUNS}/`)
  if (run?.length === 1) return { page: 'pay-run', id: run[0]! }
  if (run?.length === 3 && run[1] === 'payslips')
    return { page: 'payslip', run: run[0]!, employee: run[2]! }
  const report = rest(REPORTS)
  const name = NAMES.find((candidate) => candidate === report?.[0])
  if (name && report?.length === 1)
    return { page: 'payroll-report', name, from: get('from'), to: get('to') }
  return null
}

export function payrollRouteHref(
  route: PayrollRoute,
  withQuery: (path: string, params: Record<string, string | undefined>) => string,
): string {
  const part = encodeURIComponent
  switch (route.page) {
    case 'employees':
      return `#${EMPLOYEES}`
    case 'employee':
      return `#${EMPLOYEES}/${part(route.id)}`
    case 'pay-runs':
      return `#${RUNS}`
    case 'pay-run':
      return `#${RUNS}/${part(route.id)}`
    case 'payslip':
      return `#${RUNS}/${part(route.run)}/payslips/${part(route.employee)}`
    case 'payroll-report':
      return withQuery(`${REPORTS}${route.name}`, { from: route.from, to: route.to })
    case 'pay-components':
      return `#${COMPONENTS}`
    case 'pay-component':
      return `#${COMPONENTS}/${part(route.id)}`
    case 'salary-structures':
      return `#${STRUCTURES}`
    case 'salary-structure-new':
      return `#${STRUCTURE_NEW}`
    case 'salary-structure':
      return `#${STRUCTURES}/${part(route.id)}`
    case 'rule-packs':
      return `#${PACKS}`
    case 'rule-pack':
      return `#${PACKS}/${part(route.code)}`
  }
}

const PAYROLL_PAGES: ReadonlySet<string> = new Set<PayrollPageName>([
  'employees',
  'employee',
  'pay-runs',
  'pay-run',
  'payslip',
  'payroll-report',
  'pay-components',
  'pay-component',
  'salary-structures',
  'salary-structure-new',
  'salary-structure',
  'rule-packs',
  'rule-pack',
])

export function isPayrollRoute(route: { page: string }): route is PayrollRoute {
  return PAYROLL_PAGES.has(route.page)
}
