import type { Payslip, PayslipDocument, PayslipLine } from '../../../shared/domain/payroll'
import { notFound } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { findRun, payAmounts } from './pay-runs'

const thousandths = (value: bigint) => {
  const whole = value / 1000n
  const fraction = (value % 1000n).toString().padStart(3, '0').replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : `${whole}`
}

/** Every payslip of a run, in employee code order, with their lines. */
export function listPayslips(
  ctx: CompanyContext,
  runIdOrNumber: string,
  employeeCode?: string,
): Payslip[] {
  const run = findRun(ctx, runIdOrNumber)
  let query = ctx.db
    .selectFrom('payroll_payslip as p')
    .innerJoin('payroll_employee as e', 'e.id', 'p.employee_id')
    .innerJoin('payroll_department as d', 'd.id', 'p.department_id')
    .selectAll('p')
    .select(['e.code as employee_code', 'e.name as employee_name', 'd.code as department_code'])
    .where('p.run_id', '=', run.id)
    .orderBy('e.code')
  if (employeeCode !== undefined) query = query.where('e.code', '=', employeeCode)
  const rows = ctx.q.all(query)
  const lines = new Map<string, PayslipLine[]>()
  for (const line of ctx.q.all(
    ctx.db
      .selectFrom('payroll_payslip_line')
      .selectAll()
      .where('run_id', '=', run.id)
      .orderBy('employee_id')
      .orderBy('line_no'),
  )) {
    const list = lines.get(line.employee_id) ?? []
    list.push({
      code: line.code,
      name: line.name,
      kind: line.kind,
      amount: line.amount,
      detail: line.detail,
    })
    lines.set(line.employee_id, list)
  }
  return rows.map((row) => ({
    runId: run.id,
    employeeId: row.employee_id,
    employeeCode: row.employee_code,
    employeeName: row.employee_name,
    departmentCode: row.department_code,
    workingDays: thousandths(row.working_days),
    daysWorked: thousandths(row.days_worked),
    ...payAmounts(row),
    lines: lines.get(row.employee_id) ?? [],
  }))
}

/** One employee's payslip of one run, as data for printing. */
export function getPayslip(
  ctx: CompanyContext,
  runIdOrNumber: string,
  employeeCode: string,
): PayslipDocument {
  const run = findRun(ctx, runIdOrNumber)
  const [payslip] = listPayslips(ctx, run.id, employeeCode)
  if (!payslip) throw notFound(`Payslip of ${employeeCode} in pay run`, run.number)
  const employee = ctx.q.first(
    ctx.db
      .selectFrom('payroll_employee as e')
      .innerJoin('payroll_department as d', 'd.id', 'e.department_id')
      .selectAll('e')
      .select('d.name as department')
      .where('e.id', '=', payslip.employeeId),
  )!
  const settings = ctx.settings()
  return {
    company: { name: settings.name, currency: settings.currency, decimals: settings.decimals },
    run: {
      number: run.number,
      periodStart: run.period_start,
      periodEnd: run.period_end,
      payDate: run.pay_date,
      status: run.status,
    },
    employee: {
      code: employee.code,
      name: employee.name,
      department: employee.department,
      costCentre: employee.cost_centre,
      bankName: employee.bank_name,
      bankAccount: employee.bank_account,
      taxId: employee.tax_id,
      socialInsuranceNo: employee.social_insurance_no,
    },
    payslip,
  }
}
