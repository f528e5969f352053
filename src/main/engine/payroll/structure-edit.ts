import type {
  AssignmentHistory,
  SalaryStructure,
  StructureInput,
} from '../../../shared/domain/payroll'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import { addDays } from '../../../shared/dates'
import { toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import { getEmployee } from './employees'
import { componentIds, writeMembers } from './structures'

/**
 * Changes a salary structure in place: its code, name and components. Editing in place (rather
 * than adding a dated version) keeps posted runs unchanged because a run never reads a structure
 * after it is calculated: each payslip keeps its own lines and a posted run's journal entry is
 * final, so only runs calculated (or recalculated) from now on use the new list. A structure
 * change that must start on a date is a new structure assigned from that date, which the
 * assignment history shows and a pay period spanning it splits pro rata.
 */
export function updateStructure(
  ctx: CompanyContext,
  id: string,
  input: StructureInput,
): SalaryStructure {
  return ctx.transaction(() => {
    const existing = ctx.q.first(
      ctx.db.selectFrom('payroll_structure').selectAll().where('id', '=', id),
    )
    if (!existing) throw notFound('Salary structure', id)
    const code = input.code.trim()
    if (!code) throw validationError('code', 'The structure needs a code')
    if (!input.name.trim()) throw validationError('name', 'The structure needs a name')
    const clash = ctx.q.first(
      ctx.db
        .selectFrom('payroll_structure')
        .select('id')
        .where('code', '=', code)
        .where('id', '!=', id),
    )
    if (clash)
      throw new DaftarError('duplicate', `Structure ${code} already exists`, { field: 'code' })
    const ids = componentIds(ctx, input.componentCodes)
    const structure: SalaryStructure = {
      id,
      code,
      name: input.name.trim(),
      componentCodes: [...input.componentCodes],
    }
    ctx.q.run(
      ctx.db
        .updateTable('payroll_structure')
        .set({ code, name: structure.name })
        .where('id', '=', id),
    )
    writeMembers(ctx, id, ids)
    ctx.changes.append('payroll_structure', id, 'update', {
      ...structure,
      before: { code: existing.code, name: existing.name },
    })
    return structure
  })
}

/** An employee's structure assignments, oldest first, each with the day before the next one. */
export function listAssignments(ctx: CompanyContext, employeeId: string): AssignmentHistory[] {
  getEmployee(ctx, employeeId)
  const rows = ctx.q.all(
    ctx.db
      .selectFrom('payroll_assignment as a')
      .innerJoin('payroll_structure as s', 's.id', 'a.structure_id')
      .select([
        'a.id',
        'a.structure_id',
        'a.effective_from',
        'a.base',
        'a.overrides',
        's.code',
        's.name',
      ])
      .where('a.employee_id', '=', employeeId)
      .orderBy('a.effective_from'),
  )
  return rows.map((row, index) => {
    const next = rows[index + 1]
    return {
      id: row.id,
      employeeId,
      structureId: row.structure_id,
      structureCode: row.code,
      structureName: row.name,
      effectiveFrom: row.effective_from,
      effectiveTo: next ? addDays(next.effective_from, -1) : null,
      base: toDecimalString(row.base, ctx.decimals),
      baseMinor: row.base,
      overrides: JSON.parse(row.overrides) as Record<string, string>,
    }
  })
}
