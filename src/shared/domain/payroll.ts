/**
 * Payroll as both sides see it. Money is bigint minor units; rates and percentages are exact
 * decimal text ("17.5" means 17.5%), never floating point.
 */
export type PayFrequency = 'monthly' | 'semi-monthly' | 'weekly'
export const PAY_FREQUENCIES: readonly PayFrequency[] = ['monthly', 'semi-monthly', 'weekly']
export const PERIODS_PER_YEAR: Record<PayFrequency, number> = {
  monthly: 12,
  'semi-monthly': 24,
  weekly: 52,
}

export interface Department {
  id: string
  code: string
  name: string
  /** Where this department's salary expense is posted (default 6200 Wages and salaries). */
  expenseAccountId: string
}

export interface EmployeeInput {
  code: string
  name: string
  departmentId: string
  costCentre?: string
  startDate: string
  endDate?: string | null
  payFrequency: PayFrequency
  bankName?: string
  bankAccount?: string
  taxId?: string
  socialInsuranceNo?: string
  /** The personal allowances the rule pack asks for. */
  dependants?: number
  email?: string
  address?: string
}

export interface Employee extends Required<Omit<EmployeeInput, 'endDate'>> {
  id: string
  endDate: string | null
}

export type ComponentKind = 'earning' | 'deduction' | 'employer'
/**
 * How a component's amount is found: a fixed amount, a percentage of an expression, a formula, or
 * by the rule pack (income tax; social insurance, the employee's share as a deduction and the
 * employer's as an employer contribution).
 */
export type ComponentCalc = 'amount' | 'percent' | 'formula' | 'income-tax' | 'social-insurance'

export interface ComponentInput {
  code: string
  name: string
  kind: ComponentKind
  calc: ComponentCalc
  /** amount: decimal text in major units; percent: the rate ("10"); formula: the formula. */
  value?: string
  /** percent: what the rate applies to, a formula ("BASIC + ALLOWANCE"). */
  base?: string
  /** Earnings: counted in taxable income and in the social insurance base. */
  taxable?: boolean
  insurable?: boolean
  /** Multiplied by days worked / working days of the period (joiners, leavers, unpaid leave). */
  prorated?: boolean
  /** Deductions and employer contributions: the account credited (defaults by calc). */
  accountId?: string | null
}

export interface PayComponent extends Required<Omit<ComponentInput, 'accountId'>> {
  id: string
  accountId: string | null
}

export interface StructureInput {
  code: string
  name: string
  componentCodes: string[]
}

export interface SalaryStructure extends StructureInput {
  id: string
}

export interface AssignmentInput {
  employeeId: string
  structureId: string
  effectiveFrom: string
  /** The base salary per pay period, decimal text in major units: `base` in formulas. */
  base: string
  /** Per-employee values replacing a component's own (a loan repayment amount). */
  overrides?: Record<string, string>
}

export interface Assignment extends Required<AssignmentInput> {
  id: string
}

/** One line of an employee's structure history: in force from its date until the next starts. */
export interface AssignmentHistory extends Assignment {
  structureCode: string
  structureName: string
  /** The day before the next assignment starts; null while it is the latest. */
  effectiveTo: string | null
  /** `base` in minor units, for display. */
  baseMinor: bigint
}

export interface TaxBracket {
  /** The top of the bracket in major units (null: no top). */
  upTo: string | null
  rate: string
}

export interface IncomeTaxRules {
  /** per-period: brackets scaled to the pay period; annualised: pay x periods, taxed, divided back. */
  basis: 'per-period' | 'annualised'
  /** Which period the amounts below are stated for. */
  statedFor: 'month' | 'year'
  personalAllowance: string
  dependantAllowance: string
  brackets: TaxBracket[]
  /** Employee contributions deducted from taxable income (Vietnam: yes; UK: no). */
  deductEmployeeContributions: boolean
}

export interface ContributionRules {
  code: string
  name: string
  statedFor: 'month' | 'year'
  /** Progressive bands on insurable pay; a cap is a band with rate 0 above it. */
  employee: TaxBracket[]
  employer: TaxBracket[]
}

export interface RulePackVersion {
  effectiveFrom: string
  /** Where the figures come from: law, decree, circular, official table. */
  source: string
  incomeTax: IncomeTaxRules
  contributions: ContributionRules[]
}

export interface RulePack {
  code: string
  name: string
  currency: string
  builtIn: boolean
  versions: RulePackVersion[]
}

export type PayRunStatus = 'draft' | 'calculated' | 'posted' | 'paid' | 'reversed'

export interface PeriodInput {
  employeeCode: string
  /** Decimal text; blank: working days employed minus unpaid leave. */
  daysWorked?: string | null
  unpaidLeaveDays?: string
  overtimeHours?: string
}

export interface PayRun {
  id: string
  number: string
  frequency: PayFrequency
  periodStart: string
  periodEnd: string
  payDate: string
  status: PayRunStatus
  rulePackCode: string
  journalEntryId: string | null
  paymentEntryId: string | null
  reversalEntryId: string | null
  totals: PayTotals
}

export interface PayTotals {
  employees: number
  gross: bigint
  deductions: bigint
  incomeTax: bigint
  employeeContributions: bigint
  employerContributions: bigint
  net: bigint
}

export interface PayslipLine {
  code: string
  name: string
  kind: ComponentKind
  amount: bigint
  /** How it was found, for the payslip: "8% of 46,800,000", "bracket 3 of 7". */
  detail: string
}

export interface Payslip {
  runId: string
  employeeId: string
  employeeCode: string
  employeeName: string
  departmentCode: string
  workingDays: string
  daysWorked: string
  gross: bigint
  deductions: bigint
  incomeTax: bigint
  employeeContributions: bigint
  employerContributions: bigint
  net: bigint
  lines: PayslipLine[]
}

export interface PayRunReview {
  run: PayRun
  /** The last posted or paid run of the same frequency before this one, to compare with. */
  previous: PayRun | null
  payslips: (Payslip & { previousNet: bigint | null })[]
}

/** A payslip with everything a printed one shows: ready for the PDF layer, plain data. */
export interface PayslipDocument {
  company: { name: string; currency: string; decimals: number }
  run: { number: string; periodStart: string; periodEnd: string; payDate: string; status: string }
  employee: {
    code: string
    name: string
    department: string
    costCentre: string
    bankName: string
    bankAccount: string
    taxId: string
    socialInsuranceNo: string
  }
  payslip: Payslip
}
