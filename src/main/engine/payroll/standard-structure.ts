import type { ComponentInput, SalaryStructure } from '../../../shared/domain/payroll'
import type { CompanyContext } from '../company/company-context'
import { listComponents, saveComponent } from './components'
import { createStructure, listStructures } from './structures'

/**
 * A ready salary structure: basic pay (pro rata), a fixed allowance, overtime at 150% of the
 * hourly rate, income tax and both shares of social insurance from the rule pack, and a loan
 * repayment set per employee (0 unless overridden).
 */
export const STANDARD_COMPONENTS: ComponentInput[] = [
  {
    code: 'BASIC',
    name: 'Basic salary',
    kind: 'earning',
    calc: 'formula',
    value: 'base',
    taxable: true,
    insurable: true,
    prorated: true,
  },
  {
    code: 'ALLOWANCE',
    name: 'Allowance',
    kind: 'earning',
    calc: 'amount',
    value: '0',
    taxable: true,
    prorated: true,
  },
  {
    code: 'OVERTIME',
    name: 'Overtime',
    kind: 'earning',
    calc: 'formula',
    value: 'working_days > 0 ? base / working_days / 8 * 1.5 * overtime_hours : 0',
    taxable: true,
  },
  { code: 'BONUS', name: 'Bonus', kind: 'earning', calc: 'amount', value: '0', taxable: true },
  {
    code: 'SI_EMPLOYEE',
    name: 'Social insurance (employee)',
    kind: 'deduction',
    calc: 'social-insurance',
  },
  { code: 'INCOME_TAX', name: 'Income tax', kind: 'deduction', calc: 'income-tax' },
  { code: 'LOAN', name: 'Loan repayment', kind: 'deduction', calc: 'amount', value: '0' },
  {
    code: 'SI_EMPLOYER',
    name: 'Social insurance (employer)',
    kind: 'employer',
    calc: 'social-insurance',
  },
]

/** Creates the standard components and structure STANDARD if they are not there yet. */
export function ensureStandardStructure(ctx: CompanyContext): SalaryStructure {
  return ctx.transaction(() => {
    const existing = listStructures(ctx).find((structure) => structure.code === 'STANDARD')
    if (existing) return existing
    const codes = new Set(listComponents(ctx).map((component) => component.code))
    for (const component of STANDARD_COMPONENTS)
      if (!codes.has(component.code)) saveComponent(ctx, component)
    return createStructure(ctx, {
      code: 'STANDARD',
      name: 'Standard salary',
      componentCodes: STANDARD_COMPONENTS.map((component) => component.code),
    })
  })
}
