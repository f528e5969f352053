import type {
  ComponentCalc,
  ComponentKind,
  PayFrequency,
  PayRunStatus,
} from '../../../shared/domain/payroll'

/** The payroll tables (migration 0003) as Kysely sees them; INTEGER columns are bigint. */
export interface PayrollTables {
  payroll_settings: PayrollSettingsTable
  payroll_rule_pack: PayrollRulePackTable
  payroll_department: PayrollDepartmentTable
  payroll_employee: PayrollEmployeeTable
  payroll_component: PayrollComponentTable
  payroll_structure: PayrollStructureTable
  payroll_structure_component: PayrollStructureComponentTable
  payroll_assignment: PayrollAssignmentTable
  payroll_run: PayrollRunTable
  payroll_input: PayrollInputTable
  payroll_payslip: PayrollPayslipTable
  payroll_payslip_line: PayrollPayslipLineTable
}

export interface PayrollSettingsTable {
  id: bigint
  rule_pack_code: string
  work_week: string // seven 0/1 flags, Monday first
  bank_account_id: string
  payable_account_id: string
  tax_account_id: string
  insurance_account_id: string
  employer_expense_account_id: string
  loan_account_id: string
}

export interface PayrollRulePackTable {
  code: string
  name: string
  currency: string
  built_in: bigint
  versions: string // JSON RulePackVersion[]
  updated_at: string
}

export interface PayrollDepartmentTable {
  id: string
  code: string
  name: string
  expense_account_id: string
}

export interface PayrollEmployeeTable {
  id: string
  code: string
  name: string
  department_id: string
  cost_centre: string
  start_date: string
  end_date: string | null
  pay_frequency: PayFrequency
  bank_name: string
  bank_account: string
  tax_id: string
  social_insurance_no: string
  dependants: bigint
  email: string
  address: string
  created_at: string
  updated_at: string
}

export interface PayrollComponentTable {
  id: string
  code: string
  name: string
  kind: ComponentKind
  calc: ComponentCalc
  value: string
  base: string
  taxable: bigint
  insurable: bigint
  prorated: bigint
  account_id: string | null
  created_at: string
  updated_at: string
}

export interface PayrollStructureTable {
  id: string
  code: string
  name: string
}

export interface PayrollStructureComponentTable {
  structure_id: string
  position: bigint
  component_id: string
}

export interface PayrollAssignmentTable {
  id: string
  employee_id: string
  structure_id: string
  effective_from: string
  base: bigint
  overrides: string // JSON { CODE: "decimal or formula" }
}

export interface PayrollRunTable {
  id: string
  number: string
  frequency: PayFrequency
  period_start: string
  period_end: string
  pay_date: string
  status: PayRunStatus
  rule_pack_code: string
  journal_entry_id: string | null
  payment_entry_id: string | null
  reversal_entry_id: string | null
  payment_reversal_entry_id: string | null
  created_at: string
  updated_at: string
}

/** Days and hours in thousandths. */
export interface PayrollInputTable {
  run_id: string
  employee_id: string
  days_worked: bigint | null
  unpaid_leave_days: bigint
  overtime_hours: bigint
}

export interface PayrollPayslipTable {
  run_id: string
  employee_id: string
  department_id: string
  working_days: bigint
  days_worked: bigint
  gross: bigint
  deductions: bigint
  income_tax: bigint
  employee_contributions: bigint
  employer_contributions: bigint
  net: bigint
}

export interface PayrollPayslipLineTable {
  run_id: string
  employee_id: string
  line_no: bigint
  code: string
  name: string
  kind: ComponentKind
  amount: bigint
  detail: string
}
