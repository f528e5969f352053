import { sql } from 'kysely'
import { today } from '../../../shared/dates'
import type { CompanyContext } from '../company/company-context'
import type { Column, Grid } from '../reports/export/grid'
import { findEmployeeByCode } from './employees'
import { findRun } from './pay-runs'
import { notFound } from '../../../shared/errors'

export type PayrollReportName = 'payroll-register' | 'payroll-liabilities' | 'payroll-ytd'
export const PAYROLL_REPORTS: readonly PayrollReportName[] = [
  'payroll-register',
  'payroll-liabilities',
  'payroll-ytd',
]

export interface PayrollReportParams {
  run?: string
  from?: string
  to?: string
  employee?: string
}

const AMOUNTS = [
  ['gross', 'Gross'],
  ['deductions', 'Deductions'],
  ['income_tax', 'Income tax'],
  ['employee_contributions', 'Employee SI'],
  ['employer_contributions', 'Employer SI'],
  ['net', 'Net'],
] as const

const amountColumns: Column[] = AMOUNTS.map(([key, label]) => ({ key, label, kind: 'amount' }))

/**
 * The payroll reports as grids (one shape for table, CSV and JSON). Posted and paid runs count;
 * drafts and reversed runs do not. A range selects runs by the last day of their period.
 */
export function payrollReport(
  ctx: CompanyContext,
  name: PayrollReportName,
  params: PayrollReportParams,
): Grid {
  const settings = ctx.settings()
  const to = params.to ?? today()
  const from =
    params.from ?? (name === 'payroll-ytd' ? `${to.slice(0, 4)}-01-01` : `${to.slice(0, 7)}-01`)
  let query = ctx.db
    .selectFrom('payroll_payslip as p')
    .innerJoin('payroll_run as r', 'r.id', 'p.run_id')
    .innerJoin('payroll_employee as e', 'e.id', 'p.employee_id')
    .innerJoin('payroll_department as d', 'd.id', 'p.department_id')
    .where('r.status', 'in', ['posted', 'paid'])
  if (params.run !== undefined) query = query.where('r.id', '=', findRun(ctx, params.run).id)
  else query = query.where('r.period_end', '>=', from).where('r.period_end', '<=', to)
  if (params.employee !== undefined) {
    const employee = findEmployeeByCode(ctx, params.employee)
    if (!employee) throw notFound('Employee', params.employee)
    query = query.where('e.id', '=', employee.id)
  }
  const range = params.run !== undefined ? `run ${params.run}` : `${from} to ${to}`
  const base = { decimals: settings.decimals }
  const sums = AMOUNTS.map(([key]) => sql<bigint>`sum(${sql.ref(`p.${key}`)})`.as(key))

  if (name === 'payroll-register') {
    const rows = ctx.q.all(
      query
        .select(['r.number', 'r.period_end', 'e.code', 'e.name', 'd.code as department'])
        .select(AMOUNTS.map(([key]) => `p.${key}` as const))
        .orderBy('r.period_end')
        .orderBy('e.code'),
    )
    return withTotals({
      ...base,
      title: `${settings.name}: payroll register, ${range} (${settings.currency})`,
      columns: [
        { key: 'run', label: 'Run', kind: 'text' },
        { key: 'period_end', label: 'Period end', kind: 'text' },
        { key: 'code', label: 'Employee', kind: 'text' },
        { key: 'name', label: 'Name', kind: 'text' },
        { key: 'department', label: 'Dept', kind: 'text' },
        ...amountColumns,
      ],
      rows: rows.map(({ number, ...row }) => ({ cells: { run: number, ...row } })),
    })
  }
  if (name === 'payroll-liabilities') {
    const rows = ctx.q.all(
      query
        .select(['r.number', 'r.period_end', 'r.pay_date'])
        .select(sums)
        .groupBy('r.id')
        .orderBy('r.period_end'),
    )
    return withTotals({
      ...base,
      title: `${settings.name}: tax and social insurance liabilities, ${range} (${settings.currency})`,
      columns: [
        { key: 'run', label: 'Run', kind: 'text' },
        { key: 'period_end', label: 'Period end', kind: 'text' },
        { key: 'income_tax', label: 'Income tax', kind: 'amount' },
        { key: 'employee_contributions', label: 'Employee SI', kind: 'amount' },
        { key: 'employer_contributions', label: 'Employer SI', kind: 'amount' },
        { key: 'total', label: 'Total due', kind: 'amount' },
      ],
      rows: rows.map((row) => ({
        cells: {
          run: row.number,
          period_end: row.period_end,
          income_tax: row.income_tax,
          employee_contributions: row.employee_contributions,
          employer_contributions: row.employer_contributions,
          total: row.income_tax + row.employee_contributions + row.employer_contributions,
        },
      })),
    })
  }
  const rows = ctx.q.all(
    query
      .select(['e.code', 'e.name', 'd.code as department'])
      .select((eb) => [eb.fn.countAll<bigint>().as('runs'), ...sums])
      .groupBy('e.id')
      .orderBy('e.code'),
  )
  return withTotals({
    ...base,
    title: `${settings.name}: year to date per employee, ${range} (${settings.currency})`,
    columns: [
      { key: 'code', label: 'Employee', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'department', label: 'Dept', kind: 'text' },
      { key: 'runs', label: 'Runs', kind: 'number' },
      ...amountColumns,
    ],
    rows: rows.map((row) => ({ cells: { ...row, runs: Number(row.runs) } })),
  })
}

/** Adds a total row under every amount column. */
function withTotals(grid: Grid): Grid {
  const totals: Record<string, bigint | string> = {}
  const first = grid.columns[0]!.key
  for (const column of grid.columns) {
    if (column.kind !== 'amount') continue
    let sum = 0n
    for (const row of grid.rows) if ('cells' in row) sum += row.cells[column.key] as bigint
    totals[column.key] = sum
  }
  return { ...grid, rows: [...grid.rows, { rule: true, cells: { [first]: 'Total', ...totals } }] }
}
