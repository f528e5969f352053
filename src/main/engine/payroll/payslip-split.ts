import type { PayComponent, PayslipLine } from '../../../shared/domain/payroll'
import {
  addToTotals,
  componentValue,
  emptyResult,
  inputValues,
  isByRules,
  planFor,
  ruleAmount,
  summer,
  type PayslipFigures,
  type PayslipResult,
  type Plan,
  type RunSettings,
} from './payslip-calc'
import * as q from './rational'
import type { Rational } from './rational'

/** The part of a pay period one structure assignment covered. */
export interface Segment {
  /** The structure's code, for the payslip's detail. */
  label: string
  plan: Plan
  base: bigint
  overrides: Readonly<Record<string, string>>
  /** The days worked that fall in this part (the period's days worked split by working days). */
  daysWorked: Rational
}

/**
 * One payslip for a period in which the employee's structure assignment changed. Prorated
 * components are paid under each structure for the days worked under it and added up, then
 * rounded once. Components that are not prorated (a fixed allowance, a loan repayment, overtime)
 * are not tied to days, so they are found once under the structure in force at the period's end,
 * as in an unsplit period. Income tax and social insurance are found once, on the added-up pay,
 * because the rule pack's brackets and caps are per period, not per structure.
 */
export function calculateSplitPayslip(
  segments: readonly Segment[],
  figures: Omit<PayslipFigures, 'base' | 'overrides'>,
  allCodes: ReadonlySet<string>,
  run: RunSettings,
): PayslipResult {
  const { decimals } = run
  const last = segments[segments.length - 1]!
  const members = segments.map((segment) => new Set(segment.plan.display))
  const byCode = new Map<string, PayComponent>()
  for (const segment of segments)
    for (const { component } of segment.plan.steps) byCode.set(component.code, component)
  const union = planFor([...byCode.values()], allCodes)
  const merged = inputValues({ ...figures, base: last.base, overrides: {} }, decimals)
  const own = segments.map((segment) =>
    inputValues({ ...figures, ...segment, daysWorked: segment.daysWorked }, decimals),
  )
  const amounts = new Map<string, bigint>()
  const result = emptyResult()
  const lineAt = new Map<string, PayslipLine>()
  const sum = summer(union, amounts)

  for (const { component, formula } of union.steps) {
    const code = component.code
    let amount = 0n
    let detail = ''
    if (isByRules(component)) {
      if (!members[members.length - 1]!.has(code)) continue
      ;({ amount, detail } = ruleAmount(component, sum, figures.dependants, run))
    } else if (component.prorated) {
      let exact = q.ZERO
      const parts: string[] = []
      segments.forEach((segment, index) => {
        if (!members[index]!.has(code)) return
        const values = own[index]!
        const lookup = (name: string) => values.get(name) ?? q.ZERO
        const value = componentValue(component, segment.overrides[code], formula, lookup, run)
        const share = q.isZero(figures.workingDays)
          ? q.ZERO
          : q.mul(value, q.div(segment.daysWorked, figures.workingDays))
        values.set(code, share)
        exact = q.add(exact, share)
        parts.push(
          `${segment.label} x ${q.formatRational(segment.daysWorked)}/${q.formatRational(figures.workingDays)} days`,
        )
      })
      amount = q.toMinor(exact, decimals)
      detail = parts.join('; ')
    } else {
      if (!members[members.length - 1]!.has(code)) continue
      const lookup = (name: string) => merged.get(name) ?? q.ZERO
      amount = q.toMinor(
        componentValue(component, last.overrides[code], formula, lookup, run),
        decimals,
      )
      for (const values of own) values.set(code, q.fromMinor(amount, decimals))
    }
    amounts.set(code, amount)
    merged.set(code, q.fromMinor(amount, decimals))
    lineAt.set(code, { code, name: component.name, kind: component.kind, amount, detail })
    addToTotals(result, component, amount)
  }
  result.net = result.gross - result.deductions
  const display = [...last.plan.display]
  for (const segment of segments)
    for (const code of segment.plan.display)
      if (lineAt.has(code) && !display.includes(code)) display.push(code)
  result.lines = display.filter((code) => lineAt.has(code)).map((code) => lineAt.get(code)!)
  return result
}
