import { isIsoDate } from '../../../shared/dates'
import type {
  Assignment,
  AssignmentInput,
  SalaryStructure,
  StructureInput,
} from '../../../shared/domain/payroll'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import { toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import { newId } from '../ids'
import { listComponents } from './components'
import { getEmployee } from './employees'
import * as q from './rational'

export function listStructures(ctx: CompanyContext): SalaryStructure[] {
  const rows = ctx.q.all(
    ctx.db
      .selectFrom('payroll_structure as s')
      .leftJoin('payroll_structure_component as sc', 'sc.structure_id', 's.id')
      .leftJoin('payroll_component as c', 'c.id', 'sc.component_id')
      .select(['s.id', 's.code', 's.name', 'c.code as component'])
      .orderBy('s.code')
      .orderBy('sc.position'),
  )
  const structures = new Map<string, SalaryStructure>()
  for (const row of rows) {
    let structure = structures.get(row.id)
    if (!structure) {
      structure = { id: row.id, code: row.code, name: row.name, componentCodes: [] }
      structures.set(row.id, structure)
    }
    if (row.component) structure.componentCodes.push(row.component)
  }
  return [...structures.values()]
}

/** Adds a salary structure: a named list of components, in payslip order. */
export function createStructure(ctx: CompanyContext, input: StructureInput): SalaryStructure {
  return ctx.transaction(() => {
    const code = input.code.trim()
    if (!code) throw validationError('code', 'The structure needs a code')
    if (!input.name.trim()) throw validationError('name', 'The structure needs a name')
    if (ctx.q.first(ctx.db.selectFrom('payroll_structure').select('id').where('code', '=', code)))
      throw new DaftarError('duplicate', `Structure ${code} already exists`, { field: 'code' })
    const ids = componentIds(ctx, input.componentCodes)
    const structure: SalaryStructure = {
      id: newId(),
      code,
      name: input.name.trim(),
      componentCodes: [...input.componentCodes],
    }
    ctx.q.run(
      ctx.db
        .insertInto('payroll_structure')
        .values({ id: structure.id, code, name: structure.name }),
    )
    writeMembers(ctx, structure.id, ids)
    ctx.changes.append('payroll_structure', structure.id, 'create', structure)
    return structure
  })
}

/** The ids of the components named, in order; an unknown or repeated code is refused. */
export function componentIds(ctx: CompanyContext, codes: readonly string[]): string[] {
  const byCode = new Map(listComponents(ctx).map((component) => [component.code, component]))
  const ids = codes.map((componentCode, index) => {
    const component = byCode.get(componentCode)
    if (!component)
      throw validationError(`componentCodes[${index}]`, `There is no component ${componentCode}`)
    return component.id
  })
  if (new Set(ids).size !== ids.length)
    throw validationError('componentCodes', 'A component is listed twice')
  return ids
}

/** Writes a structure's component list (in payslip order), replacing the one it had. */
export function writeMembers(ctx: CompanyContext, structureId: string, ids: string[]): void {
  ctx.q.run(
    ctx.db.deleteFrom('payroll_structure_component').where('structure_id', '=', structureId),
  )
  ids.forEach((componentId, position) =>
    ctx.q.run(
      ctx.db.insertInto('payroll_structure_component').values({
        structure_id: structureId,
        position: BigInt(position),
        component_id: componentId,
      }),
    ),
  )
}

/**
 * Assigns a structure to an employee from a date, with the base salary per pay period and any
 * per-employee values. A later assignment takes over from its own date.
 */
export function assignStructure(ctx: CompanyContext, input: AssignmentInput): Assignment {
  return ctx.transaction(() => {
    getEmployee(ctx, input.employeeId)
    if (
      !ctx.q.first(
        ctx.db.selectFrom('payroll_structure').select('id').where('id', '=', input.structureId),
      )
    )
      throw notFound('Salary structure', input.structureId)
    if (!isIsoDate(input.effectiveFrom))
      throw validationError('effectiveFrom', `${input.effectiveFrom} is not a date (YYYY-MM-DD)`)
    const decimals = ctx.decimals
    const base = q.parseDecimal(input.base)
    if (!base || base.num < 0n || q.toMinor(base, decimals) * 1n !== minorExact(base, decimals))
      throw validationError(
        'base',
        `${input.base} is not an amount with at most ${decimals} decimals`,
      )
    const overrides = input.overrides ?? {}
    const codes = new Set(listComponents(ctx).map((component) => component.code))
    for (const code of Object.keys(overrides))
      if (!codes.has(code)) throw validationError('overrides', `There is no component ${code}`)
    const assignment: Assignment = { id: newId(), ...input, overrides }
    ctx.q.run(
      ctx.db
        .insertInto('payroll_assignment')
        .values({
          id: assignment.id,
          employee_id: input.employeeId,
          structure_id: input.structureId,
          effective_from: input.effectiveFrom,
          base: q.toMinor(base, decimals),
          overrides: JSON.stringify(overrides),
        })
        .onConflict((oc) =>
          oc.columns(['employee_id', 'effective_from']).doUpdateSet({
            structure_id: input.structureId,
            base: q.toMinor(base, decimals),
            overrides: JSON.stringify(overrides),
          }),
        ),
    )
    ctx.changes.append('payroll_assignment', assignment.id, 'create', {
      ...assignment,
      base: toDecimalString(q.toMinor(base, decimals), decimals),
    })
    return assignment
  })
}

/** The exact minor units of `value`, or -1n when it has more decimals than the currency. */
function minorExact(value: q.Rational, decimals: number): bigint {
  const scaled = q.mul(value, q.int(10n ** BigInt(decimals)))
  return scaled.den === 1n ? scaled.num : -1n
}
