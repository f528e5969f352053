import type { PayComponent } from '../../../shared/domain/payroll'
import { FORMULA_INPUTS } from '../../../shared/domain/payroll-inputs'
import { compileFormula, FormulaError, type Formula } from './formula'

export type ComponentShape = Pick<
  PayComponent,
  'code' | 'kind' | 'calc' | 'value' | 'base' | 'taxable' | 'insurable'
>

/** The formula a component evaluates (its value, or the base of a percentage), if any. */
export function formulaText(component: ComponentShape, value = component.value): string | null {
  if (component.calc === 'formula') return value
  if (component.calc === 'percent') return component.base
  return null
}

/** Compiles a component's formula against the codes it may read; FormulaError if refused. */
export function compileFor(
  component: ComponentShape,
  codes: ReadonlySet<string>,
  value = component.value,
): Formula | null {
  const text = formulaText(component, value)
  if (text === null) return null
  const known = new Set<string>([...FORMULA_INPUTS, ...codes])
  known.delete(component.code)
  return compileFormula(text, known)
}

/**
 * What a component waits for: the codes its formula reads; for income tax, every taxable earning
 * and the employee's social insurance; for social insurance, every insurable earning.
 */
export function dependencies(
  component: ComponentShape,
  all: readonly ComponentShape[],
  formula: Formula | null,
): string[] {
  if (component.calc === 'income-tax')
    return all
      .filter(
        (other) =>
          (other.kind === 'earning' && other.taxable) ||
          (other.calc === 'social-insurance' && other.kind === 'deduction'),
      )
      .map((other) => other.code)
  if (component.calc === 'social-insurance')
    return all.filter((other) => other.kind === 'earning' && other.insurable).map((o) => o.code)
  return formula ? [...formula.references] : []
}

/** Orders components so each comes after what it reads; a cycle is refused, naming it. */
export function evaluationOrder<C extends ComponentShape>(
  components: readonly C[],
  dependsOn: (component: C) => string[],
): C[] {
  const byCode = new Map(components.map((component) => [component.code, component]))
  const state = new Map<string, 'visiting' | 'done'>()
  const order: C[] = []
  const visit = (component: C, path: string[]) => {
    const seen = state.get(component.code)
    if (seen === 'done') return
    if (seen === 'visiting')
      throw new FormulaError(`it makes a loop: ${[...path, component.code].join(' -> ')}`)
    state.set(component.code, 'visiting')
    for (const code of dependsOn(component)) {
      const next = byCode.get(code)
      if (next) visit(next, [...path, component.code])
    }
    state.set(component.code, 'done')
    order.push(component)
  }
  for (const component of components) visit(component, [])
  return order
}
