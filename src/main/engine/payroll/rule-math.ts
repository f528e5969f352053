import { PERIODS_PER_YEAR, type PayFrequency } from '../../../shared/domain/payroll'
import type {
  ContributionRules,
  IncomeTaxRules,
  RulePackVersion,
  TaxBracket,
} from '../../../shared/domain/payroll'
import * as q from './rational'
import type { Rational } from './rational'

/** A bracket with its figures parsed, in the pack's stated period. */
export interface Band {
  upTo: Rational | null
  rate: Rational // a fraction: 8% is 8/100
}

export interface ParsedContribution {
  code: string
  name: string
  perYear: number
  employee: Band[]
  employer: Band[]
}

export interface ParsedRules {
  effectiveFrom: string
  tax: Omit<IncomeTaxRules, 'personalAllowance' | 'dependantAllowance' | 'brackets'> & {
    perYear: number
    personalAllowance: Rational
    dependantAllowance: Rational
    brackets: Band[]
  }
  contributions: ParsedContribution[]
}

const HUNDRED = q.int(100)

function decimal(text: string, what: string): Rational {
  const value = q.parseDecimal(text)
  if (!value) throw new RangeError(`${what}: ${text} is not a decimal number`)
  return value
}

export function parseBands(brackets: TaxBracket[], what: string): Band[] {
  return brackets.map((bracket, index) => ({
    upTo: bracket.upTo === null ? null : decimal(bracket.upTo, `${what} bracket ${index + 1}`),
    rate: q.div(decimal(bracket.rate, `${what} bracket ${index + 1} rate`), HUNDRED),
  }))
}

const perYear = (statedFor: 'month' | 'year') => (statedFor === 'month' ? 12 : 1)

/** Parses one version's figures once, so a pay run of thousands reads them once. */
export function parseRules(version: RulePackVersion): ParsedRules {
  const tax = version.incomeTax
  return {
    effectiveFrom: version.effectiveFrom,
    tax: {
      basis: tax.basis,
      statedFor: tax.statedFor,
      deductEmployeeContributions: tax.deductEmployeeContributions,
      perYear: perYear(tax.statedFor),
      personalAllowance: decimal(tax.personalAllowance, 'personal allowance'),
      dependantAllowance: decimal(tax.dependantAllowance, 'dependant allowance'),
      brackets: parseBands(tax.brackets, 'income tax'),
    },
    contributions: version.contributions.map((rules: ContributionRules) => ({
      code: rules.code,
      name: rules.name,
      perYear: perYear(rules.statedFor),
      employee: parseBands(rules.employee, `${rules.code} employee`),
      employer: parseBands(rules.employer, `${rules.code} employer`),
    })),
  }
}

/** The version in force on `date`: the latest whose effectiveFrom is on or before it. */
export function versionOn<V extends { effectiveFrom: string }>(
  versions: readonly V[],
  date: string,
): V | undefined {
  let found: V | undefined
  for (const version of versions)
    if (version.effectiveFrom <= date && (!found || version.effectiveFrom > found.effectiveFrom))
      found = version
  return found
}

/**
 * Progressive bands applied to `income`, their tops multiplied by `scale` (a pay period's share of
 * the period the bands are stated for). Exact; the caller rounds.
 */
export function applyBands(income: Rational, bands: Band[], scale: Rational = q.ONE): Rational {
  let total = q.ZERO
  let floor = q.ZERO
  for (const band of bands) {
    if (q.compare(income, floor) <= 0) break
    const top = band.upTo === null ? income : q.min(income, q.mul(band.upTo, scale))
    if (q.compare(top, floor) > 0) total = q.add(total, q.mul(q.sub(top, floor), band.rate))
    if (band.upTo === null) break
    floor = q.max(floor, q.mul(band.upTo, scale))
  }
  return total
}

/** The pay period's share of a period stated `perYear` times a year: a month is 12/52 of a week... */
const periodScale = (statedPerYear: number, frequency: PayFrequency): Rational =>
  q.rational(BigInt(statedPerYear), BigInt(PERIODS_PER_YEAR[frequency]))

/** One contribution's employee and employer shares on the period's insurable pay, rounded half-up. */
export function contribution(
  rules: ParsedContribution,
  insurable: Rational,
  frequency: PayFrequency,
  decimals: number,
): { employee: bigint; employer: bigint } {
  const scale = periodScale(rules.perYear, frequency)
  return {
    employee: q.toMinor(applyBands(insurable, rules.employee, scale), decimals),
    employer: q.toMinor(applyBands(insurable, rules.employer, scale), decimals),
  }
}

export interface TaxResult {
  tax: bigint
  taxableIncome: Rational
}

/**
 * Income tax for one pay period. per-period: allowances and brackets scaled to the period, tax
 * rounded half-up. annualised: the period's figures times periods a year, taxed on the annual
 * brackets, the annual tax rounded half-up, then divided back and rounded half-up again.
 */
export function incomeTax(
  rules: ParsedRules['tax'],
  taxablePay: Rational,
  employeeContributions: Rational,
  dependants: number,
  frequency: PayFrequency,
  decimals: number,
): TaxResult {
  const periods = PERIODS_PER_YEAR[frequency]
  const allowances = q.add(
    rules.personalAllowance,
    q.mul(rules.dependantAllowance, q.int(dependants)),
  )
  const pay = rules.deductEmployeeContributions
    ? q.sub(taxablePay, employeeContributions)
    : taxablePay
  if (rules.basis === 'per-period') {
    const scale = periodScale(rules.perYear, frequency)
    const taxableIncome = q.max(q.ZERO, q.sub(pay, q.mul(allowances, scale)))
    const tax = q.toMinor(applyBands(taxableIncome, rules.brackets, scale), decimals)
    return { tax, taxableIncome }
  }
  const toYear = q.int(rules.perYear)
  const annualIncome = q.max(q.ZERO, q.sub(q.mul(pay, q.int(periods)), q.mul(allowances, toYear)))
  const annualTax = q.toMinor(applyBands(annualIncome, rules.brackets, toYear), decimals)
  const tax = q.roundHalfUp(q.rational(annualTax, BigInt(periods)))
  return { tax, taxableIncome: q.div(annualIncome, q.int(periods)) }
}
