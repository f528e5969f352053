import { PAY_INPUT_COLUMNS } from '../../../shared/domain/import-columns'
import type { PeriodInput } from '../../../shared/domain/payroll'
import { DaftarError, type ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { readCsv } from '../import/read-csv'
import { findRun, requireOpen, setRunStatus } from './pay-runs'
import * as q from './rational'

interface CleanInput {
  employeeId: string
  daysWorked: bigint | null
  unpaidLeaveDays: bigint
  overtimeHours: bigint
}

/** Decimal text to thousandths, or a problem: days and hours are kept like quantities. */
function thousandths(text: string | null | undefined, field: string): bigint | string | null {
  if (text === undefined || text === null || text.trim() === '') return null
  const value = q.parseDecimal(text)
  if (!value || value.num < 0n) return `${field} ${text} is not a number of zero or more`
  const scaled = q.mul(value, q.int(1000))
  if (scaled.den !== 1n) return `${field} ${text} has more than three decimals`
  return scaled.num
}

/**
 * Sets the period inputs of a draft or calculated run, all or nothing: every bad row is listed
 * with its line, and nothing changes. A calculated run goes back to draft.
 */
export function setPeriodInputs(
  ctx: CompanyContext,
  runIdOrNumber: string,
  inputs: (PeriodInput & { line?: number })[],
  dryRun = false,
): { rows: number; problems: ImportProblem[] } {
  return ctx.transaction(() => {
    const run = findRun(ctx, runIdOrNumber)
    requireOpen(run)
    const employees = new Map(
      ctx.q
        .all(ctx.db.selectFrom('payroll_employee').select(['id', 'code']))
        .map((row) => [row.code, row.id]),
    )
    const problems: ImportProblem[] = []
    const clean: CleanInput[] = []
    const seen = new Set<string>()
    inputs.forEach((input, index) => {
      const line = input.line ?? index + 1
      const employeeId = employees.get(input.employeeCode.trim())
      if (!employeeId) {
        problems.push({
          line,
          field: 'employee',
          message: `There is no employee ${input.employeeCode}`,
        })
        return
      }
      if (seen.has(employeeId))
        problems.push({ line, field: 'employee', message: `${input.employeeCode} is listed twice` })
      seen.add(employeeId)
      const days = thousandths(input.daysWorked, 'days_worked')
      const leave = thousandths(input.unpaidLeaveDays, 'unpaid_leave_days') ?? 0n
      const hours = thousandths(input.overtimeHours, 'overtime_hours') ?? 0n
      const bad = [
        ['days_worked', days],
        ['unpaid_leave_days', leave],
        ['overtime_hours', hours],
      ].find(([, value]) => typeof value === 'string')
      if (bad) {
        problems.push({ line, field: bad[0] as string, message: bad[1] as string })
        return
      }
      clean.push({
        employeeId,
        daysWorked: days as bigint | null,
        unpaidLeaveDays: leave as bigint,
        overtimeHours: hours as bigint,
      })
    })
    if (problems.length > 0 || dryRun) return { rows: inputs.length, problems }
    for (const input of clean)
      ctx.q.run(
        ctx.db
          .insertInto('payroll_input')
          .values({
            run_id: run.id,
            employee_id: input.employeeId,
            days_worked: input.daysWorked,
            unpaid_leave_days: input.unpaidLeaveDays,
            overtime_hours: input.overtimeHours,
          })
          .onConflict((oc) =>
            oc.columns(['run_id', 'employee_id']).doUpdateSet({
              days_worked: input.daysWorked,
              unpaid_leave_days: input.unpaidLeaveDays,
              overtime_hours: input.overtimeHours,
            }),
          ),
      )
    ctx.changes.append('payroll_run', run.id, 'import', { inputs: inputs.length })
    if (run.status === 'calculated') {
      ctx.q.run(ctx.db.deleteFrom('payroll_payslip_line').where('run_id', '=', run.id))
      ctx.q.run(ctx.db.deleteFrom('payroll_payslip').where('run_id', '=', run.id))
      setRunStatus(ctx, run, { status: 'draft' }, 'update')
    }
    return { rows: inputs.length, problems }
  })
}

/** The same from CSV text: employee, and any of days_worked,unpaid_leave_days,overtime_hours. */
export function importPeriodInputs(
  ctx: CompanyContext,
  runIdOrNumber: string,
  csv: string,
  dryRun = false,
): { rows: number; problems: ImportProblem[] } {
  const rows: (PeriodInput & { line: number })[] = []
  const read = readCsv(csv, PAY_INPUT_COLUMNS, ([employee, days, leave, hours], line) =>
    rows.push({
      employeeCode: employee!,
      daysWorked: days!,
      unpaidLeaveDays: leave!,
      overtimeHours: hours!,
      line,
    }),
  )
  if (read.problems.length > 0) return { rows: read.rows, problems: read.problems }
  const result = setPeriodInputs(ctx, runIdOrNumber, rows, dryRun)
  return result
}

export function assertNoProblems(result: { problems: ImportProblem[] }): void {
  const first = result.problems[0]
  if (first)
    throw new DaftarError(
      'import-invalid',
      `Line ${first.line}: ${first.message}`,
      { line: first.line, field: first.field },
      result.problems,
    )
}
