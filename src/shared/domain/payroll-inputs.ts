/**
 * The names a pay component's formula may read besides other components' codes: the period's
 * inputs and the employee's. The engine compiles formulas against them; the form offers them.
 */
export const FORMULA_INPUTS = [
  'base',
  'days_worked',
  'working_days',
  'unpaid_leave_days',
  'overtime_hours',
  'dependants',
] as const

export type FormulaInput = (typeof FORMULA_INPUTS)[number]
