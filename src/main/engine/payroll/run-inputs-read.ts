import type { PeriodInput } from '../../../shared/domain/payroll'
import type { CompanyContext } from '../company/company-context'
import { findRun } from './pay-runs'

/** Thousandths as the decimal text they were typed as: 2500 -> "2.5". */
function decimalText(value: bigint): string {
  const whole = value / 1000n
  const fraction = (value % 1000n).toString().padStart(3, '0').replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : `${whole}`
}

/** The period inputs saved on a run, by employee code, as the grid shows them. */
export function listPeriodInputs(ctx: CompanyContext, runIdOrNumber: string): PeriodInput[] {
  const run = findRun(ctx, runIdOrNumber)
  return ctx.q
    .all(
      ctx.db
        .selectFrom('payroll_input as i')
        .innerJoin('payroll_employee as e', 'e.id', 'i.employee_id')
        .select(['e.code', 'i.days_worked', 'i.unpaid_leave_days', 'i.overtime_hours'])
        .where('i.run_id', '=', run.id)
        .orderBy('e.code'),
    )
    .map((row) => ({
      employeeCode: row.code,
      daysWorked: row.days_worked === null ? null : decimalText(row.days_worked),
      unpaidLeaveDays: decimalText(row.unpaid_leave_days),
      overtimeHours: decimalText(row.overtime_hours),
    }))
}
