import type { PayComponent, PayRun } from '../../../shared/domain/payroll'
import { DaftarError, type ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { compileFor } from './component-graph'
import { listComponents } from './components'
import { FormulaError, type Formula } from './formula'
import { findRun, getPayRun, requireOpen, setRunStatus } from './pay-runs'
import { payrollSettings } from './payroll-setup'
import { calculatePayslip, planFor, type Plan, type RunSettings } from './payslip-calc'
import * as q from './rational'
import { rulesOn } from './rule-packs'
import { employedWithin, workingDays } from './working-days'

const INSERT_PAYSLIP = `INSERT INTO payroll_payslip (run_id, employee_id, department_id, working_days,
  days_worked, gross, deductions, income_tax, employee_contributions, employer_contributions, net)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
const INSERT_LINE = `INSERT INTO payroll_payslip_line (run_id, employee_id, line_no, code, name, kind, amount, detail)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

const THOUSAND = q.int(1000)
const toThousandths = (value: q.Rational) => q.roundHalfUp(q.mul(value, THOUSAND))

/**
 * Calculates every payslip of a draft (or recalculates a calculated) run: each employee of the
 * run's frequency employed in the period, with the structure assigned on the period's last day.
 * One transaction; any employee that cannot be calculated is named and nothing is written.
 */
export function calculatePayRun(ctx: CompanyContext, runIdOrNumber: string): PayRun {
  return ctx.transaction(() => {
    const run = findRun(ctx, runIdOrNumber)
    requireOpen(run)
    const settings = payrollSettings(ctx)
    const decimals = ctx.decimals
    const components = listComponents(ctx)
    const codes = new Set(components.map((component) => component.code))
    const plans = structurePlans(ctx, components, codes)
    const overrideCache = new Map<string, Formula | null>()
    const runSettings: RunSettings = {
      decimals,
      frequency: run.frequency,
      rules: rulesOn(ctx, run.rule_pack_code, run.period_end),
      compile: (component, value) => {
        const key = `${component.code}\u0000${value}`
        if (!overrideCache.has(key)) overrideCache.set(key, compileFor(component, codes, value))
        return overrideCache.get(key)!
      },
    }
    const periodDays = workingDays(run.period_start, run.period_end, settings.work_week)
    const assignments = assignmentsOn(ctx, run.period_end)
    const inputs = new Map(
      ctx.q
        .all(ctx.db.selectFrom('payroll_input').selectAll().where('run_id', '=', run.id))
        .map((row) => [row.employee_id, row]),
    )
    const employees = ctx.q.all(
      ctx.db
        .selectFrom('payroll_employee')
        .selectAll()
        .where('pay_frequency', '=', run.frequency)
        .where('start_date', '<=', run.period_end)
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', run.period_start)]))
        .orderBy('code'),
    )

    ctx.q.run(ctx.db.deleteFrom('payroll_payslip_line').where('run_id', '=', run.id))
    ctx.q.run(ctx.db.deleteFrom('payroll_payslip').where('run_id', '=', run.id))
    const insertPayslip = ctx.q.prepare(INSERT_PAYSLIP)
    const insertLine = ctx.q.prepare(INSERT_LINE)
    const problems: ImportProblem[] = []
    employees.forEach((employee, index) => {
      const assignment = assignments.get(employee.id)
      const plan = assignment && plans.get(assignment.structure_id)
      if (!assignment || !plan) {
        problems.push({
          line: index + 1,
          field: employee.code,
          message: `${employee.code} has no salary structure on ${run.period_end}`,
        })
        return
      }
      const employed = employedWithin(
        run.period_start,
        run.period_end,
        employee.start_date,
        employee.end_date,
      )!
      const employedDays =
        employed.from === run.period_start && employed.to === run.period_end
          ? periodDays
          : workingDays(employed.from, employed.to, settings.work_week)
      const input = inputs.get(employee.id)
      const leave = q.rational(input?.unpaid_leave_days ?? 0n, 1000n)
      const daysWorked =
        input?.days_worked != null
          ? q.rational(input.days_worked, 1000n)
          : q.max(q.ZERO, q.sub(q.int(employedDays), leave))
      try {
        const result = calculatePayslip(
          plan,
          {
            base: assignment.base,
            overrides: JSON.parse(assignment.overrides) as Record<string, string>,
            dependants: Number(employee.dependants),
            workingDays: q.int(periodDays),
            daysWorked,
            unpaidLeaveDays: leave,
            overtimeHours: q.rational(input?.overtime_hours ?? 0n, 1000n),
          },
          runSettings,
        )
        insertPayslip.run(
          run.id,
          employee.id,
          employee.department_id,
          BigInt(periodDays) * 1000n,
          toThousandths(daysWorked),
          result.gross,
          result.deductions,
          result.incomeTax,
          result.employeeContributions,
          result.employerContributions,
          result.net,
        )
        result.lines.forEach((line, lineNo) =>
          insertLine.run(
            run.id,
            employee.id,
            lineNo + 1,
            line.code,
            line.name,
            line.kind,
            line.amount,
            line.detail,
          ),
        )
      } catch (error) {
        if (!(error instanceof FormulaError) && !(error instanceof RangeError)) throw error
        problems.push({
          line: index + 1,
          field: employee.code,
          message: `${employee.code}: ${error.message}`,
        })
      }
    })
    if (problems.length > 0)
      throw new DaftarError(
        'validation',
        `${problems.length} employee(s) could not be calculated; first: ${problems[0]!.message}`,
        { field: 'employees' },
        problems,
      )
    setRunStatus(ctx, run, { status: 'calculated' }, 'update')
    return getPayRun(ctx, run.id)
  })
}

function structurePlans(
  ctx: CompanyContext,
  components: PayComponent[],
  codes: ReadonlySet<string>,
): Map<string, Plan> {
  const byId = new Map(components.map((component) => [component.id, component]))
  const members = new Map<string, PayComponent[]>()
  for (const row of ctx.q.all(
    ctx.db
      .selectFrom('payroll_structure_component')
      .selectAll()
      .orderBy('structure_id')
      .orderBy('position'),
  )) {
    const list = members.get(row.structure_id) ?? []
    list.push(byId.get(row.component_id)!)
    members.set(row.structure_id, list)
  }
  const plans = new Map<string, Plan>()
  for (const [structureId, list] of members) plans.set(structureId, planFor(list, codes))
  return plans
}

/** Each employee's assignment in force on `date`: the latest on or before it. */
function assignmentsOn(ctx: CompanyContext, date: string) {
  const rows = ctx.q.all(
    ctx.db
      .selectFrom('payroll_assignment')
      .selectAll()
      .where('effective_from', '<=', date)
      .orderBy('effective_from'),
  )
  return new Map(rows.map((row) => [row.employee_id, row]))
}
