import type { ComponentInput, PayComponent } from '../../../shared/domain/payroll'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { PayrollComponentTable } from '../db/payroll-schema'
import { newId, nowIso } from '../ids'
import { compileFor, dependencies, evaluationOrder, type ComponentShape } from './component-graph'
import { FormulaError } from './formula'
import { payrollSettings } from './payroll-setup'
import * as q from './rational'

const KINDS = ['earning', 'deduction', 'employer'] as const
const CALCS = ['amount', 'percent', 'formula', 'income-tax', 'social-insurance'] as const
const CODE = /^[A-Za-z_][A-Za-z_0-9]*$/

export function toComponent(row: PayrollComponentTable): PayComponent {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    calc: row.calc,
    value: row.value,
    base: row.base,
    taxable: row.taxable === 1n,
    insurable: row.insurable === 1n,
    prorated: row.prorated === 1n,
    accountId: row.account_id,
  }
}

export function listComponents(ctx: CompanyContext): PayComponent[] {
  return ctx.q
    .all(ctx.db.selectFrom('payroll_component').selectAll().orderBy('code'))
    .map(toComponent)
}

/**
 * Adds a component, or changes one when `id` is given. A formula that reads something unknown,
 * divides by a constant zero or makes a loop is refused with the reason, and nothing is saved.
 */
export function saveComponent(
  ctx: CompanyContext,
  input: ComponentInput,
  id?: string,
): PayComponent {
  return ctx.transaction(() => {
    payrollSettings(ctx)
    const others = listComponents(ctx).filter((component) => component.id !== id)
    const component = validate(ctx, input, others, id ?? newId())
    const now = nowIso()
    const row: PayrollComponentTable = {
      id: component.id,
      code: component.code,
      name: component.name,
      kind: component.kind,
      calc: component.calc,
      value: component.value,
      base: component.base,
      taxable: component.taxable ? 1n : 0n,
      insurable: component.insurable ? 1n : 0n,
      prorated: component.prorated ? 1n : 0n,
      account_id: component.accountId,
      created_at: now,
      updated_at: now,
    }
    if (id) {
      const { created_at: _created, ...changes } = row
      const result = ctx.q.run(
        ctx.db.updateTable('payroll_component').set(changes).where('id', '=', id),
      )
      if (result.changes !== 1) throw notFound('Pay component', id)
    } else ctx.q.run(ctx.db.insertInto('payroll_component').values(row))
    ctx.changes.append('payroll_component', component.id, id ? 'update' : 'create', component)
    return component
  })
}

function validate(
  ctx: CompanyContext,
  input: ComponentInput,
  others: PayComponent[],
  id: string,
): PayComponent {
  const code = input.code.trim()
  if (!CODE.test(code))
    throw validationError('code', `${code || 'An empty code'} is not a code (letters, digits, _)`)
  if (!input.name.trim()) throw validationError('name', 'The component needs a name')
  if (!KINDS.includes(input.kind)) throw validationError('kind', `Kind must be ${KINDS.join(', ')}`)
  if (!CALCS.includes(input.calc)) throw validationError('calc', `Calc must be ${CALCS.join(', ')}`)
  if (others.some((other) => other.code === code))
    throw new DaftarError('duplicate', `Component code ${code} is already used`, { field: 'code' })
  if (input.calc === 'income-tax' && input.kind !== 'deduction')
    throw validationError('calc', 'Income tax is a deduction')
  if (input.calc === 'social-insurance' && input.kind === 'earning')
    throw validationError('calc', 'Social insurance is a deduction or an employer contribution')
  const component: PayComponent = {
    id,
    code,
    name: input.name.trim(),
    kind: input.kind,
    calc: input.calc,
    value: (input.value ?? '').trim(),
    base: (input.base ?? '').trim(),
    taxable: input.kind === 'earning' && (input.taxable ?? false),
    insurable: input.kind === 'earning' && (input.insurable ?? false),
    prorated: input.prorated ?? false,
    accountId: input.accountId ?? null,
  }
  if (
    component.accountId &&
    !ctx.q.first(ctx.db.selectFrom('account').select('id').where('id', '=', component.accountId))
  )
    throw validationError('accountId', `There is no account ${component.accountId}`)
  checkValue(component, others)
  return component
}

function checkValue(component: PayComponent, others: PayComponent[]): void {
  if (component.calc === 'amount' || component.calc === 'percent') {
    const value = q.parseDecimal(component.value)
    if (!value || value.num < 0n)
      throw validationError(
        'value',
        `${component.value || 'An empty value'} is not a decimal amount`,
      )
  }
  const field = component.calc === 'percent' ? 'base' : 'value'
  const codes = new Set(others.map((other) => other.code))
  try {
    const all: ComponentShape[] = [...others, component]
    const formulas = new Map(all.map((c) => [c.code, compileOther(c, c === component, codes)]))
    evaluationOrder(all, (c) => dependencies(c, all, formulas.get(c.code) ?? null))
  } catch (error) {
    if (error instanceof FormulaError)
      throw validationError(field, `The formula of ${component.code} is refused: ${error.message}`)
    throw error
  }
}

/** Others were checked when saved; a later rename may leave them reading a gone code: skip those. */
function compileOther(component: ComponentShape, mine: boolean, codes: ReadonlySet<string>) {
  const all = new Set([...codes, component.code])
  if (mine) return compileFor(component, codes)
  try {
    return compileFor(component, all)
  } catch {
    return null
  }
}
