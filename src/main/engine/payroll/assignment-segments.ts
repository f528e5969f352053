import { addDays } from '../../../shared/dates'
import type { CompanyContext } from '../company/company-context'
import type { PayrollAssignmentTable } from '../db/payroll-schema'

/** A part of a pay period under one structure assignment, both dates included. */
export interface AssignmentSegment {
  assignment: PayrollAssignmentTable
  from: string
  to: string
}

/** Every employee's assignments that start on or before `date`, oldest first. */
export function assignmentsUpTo(
  ctx: CompanyContext,
  date: string,
): Map<string, PayrollAssignmentTable[]> {
  const byEmployee = new Map<string, PayrollAssignmentTable[]>()
  for (const row of ctx.q.all(
    ctx.db
      .selectFrom('payroll_assignment')
      .selectAll()
      .where('effective_from', '<=', date)
      .orderBy('effective_from'),
  )) {
    const list = byEmployee.get(row.employee_id) ?? []
    list.push(row)
    byEmployee.set(row.employee_id, list)
  }
  return byEmployee
}

/**
 * Splits [from, to] (the days employed in the period) at each assignment that starts inside it.
 * The first part runs under the assignment in force on `from`, or, when the first assignment
 * starts later, under that one (as an unsplit period uses the assignment at its end).
 */
export function periodSegments(
  assignments: readonly PayrollAssignmentTable[],
  from: string,
  to: string,
): AssignmentSegment[] {
  const inForce = assignments.filter((row) => row.effective_from <= from).at(-1)
  const later = assignments.filter((row) => row.effective_from > from && row.effective_from <= to)
  const starts = inForce ? [inForce, ...later] : later
  return starts.map((assignment, index) => {
    const next = starts[index + 1]
    return {
      assignment,
      from: index === 0 ? from : assignment.effective_from,
      to: next ? addDays(next.effective_from, -1) : to,
    }
  })
}
