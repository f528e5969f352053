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
import { assignmentsUpTo, periodSegments, type AssignmentSegment } from './assignment-segments'
import { calculateSplitPayslip, type Segment } from './payslip-split'
import type { PayrollAssignmentTable } from '../db/payroll-schema'

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
    const labels = new Map(
      ctx.q
        .all(ctx.db.selectFrom('payroll_structure').select(['id', 'code']))
        .map((row) => [row.id, row.code]),
    )
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
    const assignments = assignmentsUpTo(ctx, run.period_end)
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
      const employed = employedWithin(
        run.period_start,
        run.period_end,
        employee.start_date,
        employee.end_date,
      )!
      const segments = periodSegments(
        assignments.get(employee.id) ?? [],
        employed.from,
        employed.to,
      )
      if (segments.length === 0 || segments.some((s) => !plans.has(s.assignment.structure_id))) {
        problems.push({
          line: index + 1,
          field: employee.code,
          message: `${employee.code} has no salary structure on ${run.period_end}`,
        })
        return
      }
      const assignment = segments[segments.length - 1]!.assignment
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
        const figures = {
          dependants: Number(employee.dependants),
          workingDays: q.int(periodDays),
          daysWorked,
          unpaidLeaveDays: leave,
          overtimeHours: q.rational(input?.overtime_hours ?? 0n, 1000n),
        }
        const result =
          segments.length === 1
            ? calculatePayslip(
                plans.get(assignment.structure_id)!,
                { ...figures, base: assignment.base, overrides: overridesOf(assignment) },
                runSettings,
              )
            : calculateSplitPayslip(
                splitByWorkingDays(segments, daysWorked, settings.work_week, plans, labels),
                figures,
                codes,
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

const overridesOf = (assignment: PayrollAssignmentTable) =>
  JSON.parse(assignment.overrides) as Record<string, string>

/** Each part's share of the days worked: in proportion to its working days. */
function splitByWorkingDays(
  segments: AssignmentSegment[],
  daysWorked: q.Rational,
  workWeek: string,
  plans: ReadonlyMap<string, Plan>,
  labels: ReadonlyMap<string, string>,
): Segment[] {
  const days = segments.map((segment) => workingDays(segment.from, segment.to, workWeek))
  const total = days.reduce((a, b) => a + b, 0)
  return segments.map((segment, index) => ({
    label: labels.get(segment.assignment.structure_id) ?? '',
    plan: plans.get(segment.assignment.structure_id)!,
    base: segment.assignment.base,
    overrides: overridesOf(segment.assignment),
    daysWorked:
      total === 0 ? q.ZERO : q.mul(daysWorked, q.rational(BigInt(days[index]!), BigInt(total))),
  }))
}
