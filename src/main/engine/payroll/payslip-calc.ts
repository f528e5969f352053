import type {
  PayComponent,
  PayFrequency,
  PayslipLine,
  PayTotals,
} from '../../../shared/domain/payroll'
import { toDecimalString } from '../../../shared/money'
import { compileFor, dependencies, evaluationOrder } from './component-graph'
import { emptyTotals } from './pay-runs'
import { FormulaError, type Formula } from './formula'
import * as q from './rational'
import type { Rational } from './rational'
import { contribution, incomeTax, type ParsedRules } from './rule-math'

/** A structure's components compiled once for a run: each with its formula, in evaluation order. */
export interface Plan {
  steps: { component: PayComponent; formula: Formula | null }[]
  /** The structure's own order, which the payslip keeps. */
  display: readonly string[]
}

export interface PayslipFigures {
  base: bigint
  overrides: Readonly<Record<string, string>>
  dependants: number
  workingDays: Rational
  daysWorked: Rational
  unpaidLeaveDays: Rational
  overtimeHours: Rational
}

export interface RunSettings {
  decimals: number
  frequency: PayFrequency
  rules: ParsedRules
  /** Compiles an override's text for a component, cached across the run. */
  compile(component: PayComponent, value: string): Formula | null
}

export type PayslipResult = Omit<PayTotals, 'employees'> & { lines: PayslipLine[] }

/** Orders and compiles a structure's components against every code the company has. */
export function planFor(structure: PayComponent[], allCodes: ReadonlySet<string>): Plan {
  const formulas = new Map(structure.map((c) => [c.code, compileFor(c, allCodes)]))
  const ordered = evaluationOrder(structure, (c) =>
    dependencies(c, structure, formulas.get(c.code) ?? null),
  )
  return {
    steps: ordered.map((component) => ({ component, formula: formulas.get(component.code)! })),
    display: structure.map((component) => component.code),
  }
}

/**
 * One employee's payslip for one period. Each component is found exactly, multiplied by days
 * worked / working days when prorated, and rounded half-up to the minor unit once; later
 * components read the rounded amounts, so the payslip's lines always add up to its totals.
 */
export function calculatePayslip(
  plan: Plan,
  figures: PayslipFigures,
  run: RunSettings,
): PayslipResult {
  const { decimals } = run
  const values = inputValues(figures, decimals)
  const lookup = (name: string) => values.get(name) ?? q.ZERO
  const amounts = new Map<string, bigint>()
  const result = emptyResult()
  const lineAt = new Map<string, PayslipLine>()
  const sum = summer(plan, amounts)

  for (const { component, formula } of plan.steps) {
    let amount: bigint
    let detail = ''
    if (isByRules(component)) {
      ;({ amount, detail } = ruleAmount(component, sum, figures.dependants, run))
    } else {
      let value = componentValue(component, figures.overrides[component.code], formula, lookup, run)
      if (component.prorated) {
        value = q.isZero(figures.workingDays)
          ? q.ZERO
          : q.mul(value, q.div(figures.daysWorked, figures.workingDays))
        detail = `x ${q.formatRational(figures.daysWorked)}/${q.formatRational(figures.workingDays)} days`
      }
      amount = q.toMinor(value, decimals)
    }
    amounts.set(component.code, amount)
    values.set(component.code, q.fromMinor(amount, decimals))
    const line: PayslipLine = {
      code: component.code,
      name: component.name,
      kind: component.kind,
      amount,
      detail,
    }
    lineAt.set(component.code, line)
    addToTotals(result, component, amount)
  }
  result.net = result.gross - result.deductions
  result.lines = plan.display.map((code) => lineAt.get(code)!)
  return result
}

/** What formulas read besides component codes: the period's and the employee's figures. */
export function inputValues(figures: PayslipFigures, decimals: number): Map<string, Rational> {
  return new Map<string, Rational>([
    ['base', q.fromMinor(figures.base, decimals)],
    ['days_worked', figures.daysWorked],
    ['working_days', figures.workingDays],
    ['unpaid_leave_days', figures.unpaidLeaveDays],
    ['overtime_hours', figures.overtimeHours],
    ['dependants', q.int(figures.dependants)],
  ])
}

export function emptyResult(): PayslipResult {
  const { employees: _employees, ...money } = emptyTotals()
  return { lines: [], ...money }
}

/** Adds the amounts found so far of the plan's components that pass `test`. */
export const summer =
  (plan: Plan, amounts: ReadonlyMap<string, bigint>) => (test: (c: PayComponent) => boolean) =>
    plan.steps.reduce(
      (total, { component }) =>
        test(component) ? total + (amounts.get(component.code) ?? 0n) : total,
      0n,
    )

export const isByRules = (component: PayComponent) =>
  component.calc === 'income-tax' || component.calc === 'social-insurance'

/** Adds one line's amount to the payslip's totals by its kind. */
export function addToTotals(result: PayslipResult, component: PayComponent, amount: bigint): void {
  if (component.kind === 'earning') result.gross += amount
  else if (component.kind === 'deduction') {
    result.deductions += amount
    if (component.calc === 'income-tax') result.incomeTax += amount
    if (component.calc === 'social-insurance') result.employeeContributions += amount
  } else result.employerContributions += amount
}

/**
 * A component the rule pack finds: social insurance on the insurable earnings, income tax on the
 * taxable earnings less the employee's insurance. `sum` adds the amounts found so far.
 */
export function ruleAmount(
  component: PayComponent,
  sum: (test: (c: PayComponent) => boolean) => bigint,
  dependants: number,
  run: RunSettings,
): { amount: bigint; detail: string } {
  const { decimals } = run
  if (component.calc === 'social-insurance') {
    const insurable = q.fromMinor(
      sum((c) => c.kind === 'earning' && c.insurable),
      decimals,
    )
    const parts = run.rules.contributions.map((rules) => {
      const share = contribution(rules, insurable, run.frequency, decimals)
      return {
        code: rules.code,
        amount: component.kind === 'deduction' ? share.employee : share.employer,
      }
    })
    return {
      amount: parts.reduce((total, part) => total + part.amount, 0n),
      detail: parts
        .map((part) => `${part.code} ${toDecimalString(part.amount, decimals)}`)
        .join(', '),
    }
  }
  const taxable = q.fromMinor(
    sum((c) => c.kind === 'earning' && c.taxable),
    decimals,
  )
  const contributions = q.fromMinor(
    sum((c) => c.kind === 'deduction' && c.calc === 'social-insurance'),
    decimals,
  )
  const found = incomeTax(
    run.rules.tax,
    taxable,
    contributions,
    dependants,
    run.frequency,
    decimals,
  )
  return {
    amount: found.tax,
    detail: `on taxable income ${toDecimalString(q.toMinor(found.taxableIncome, decimals), decimals)}`,
  }
}

export function componentValue(
  component: PayComponent,
  override: string | undefined,
  formula: Formula | null,
  lookup: (name: string) => Rational,
  run: RunSettings,
): Rational {
  try {
    if (component.calc === 'amount') return q.parseDecimal(override ?? component.value) ?? q.ZERO
    if (component.calc === 'percent') {
      const rate = q.parseDecimal(override ?? component.value) ?? q.ZERO
      return q.div(q.mul(rate, formula!.evaluate(lookup)), q.int(100))
    }
    const compiled = override === undefined ? formula! : run.compile(component, override)!
    return compiled.evaluate(lookup)
  } catch (error) {
    if (error instanceof FormulaError) throw new FormulaError(`${component.code}: ${error.message}`)
    throw error
  }
}
