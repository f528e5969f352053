import { z } from 'zod'
import type {
  Assignment,
  AssignmentHistory,
  Department,
  Employee,
  PayComponent,
  PayRun,
  PayRunReview,
  PayslipDocument,
  RulePack,
  SalaryStructure,
} from '../../domain/payroll'
import type { ImportProblem } from '../../errors'
import { procedure } from '../procedure'
import { id, isoDate } from '../fields'

/** Payroll's share of the RPC contract, spread into `contract`. */
const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal number')
const frequency = z.enum(['monthly', 'semi-monthly', 'weekly'])
const bracket = z.object({ upTo: decimal.nullable(), rate: decimal })
const bands = z.array(bracket).min(1).max(50)

const employeeInput = z.object({
  code: z.string().max(40),
  name: z.string().max(200),
  departmentId: id,
  costCentre: z.string().max(80).optional(),
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  payFrequency: frequency,
  bankName: z.string().max(200).optional(),
  bankAccount: z.string().max(80).optional(),
  taxId: z.string().max(80).optional(),
  socialInsuranceNo: z.string().max(80).optional(),
  dependants: z.number().int().min(0).max(50).optional(),
  email: z.string().max(200).optional(),
  address: z.string().max(500).optional(),
})

const componentInput = z.object({
  code: z.string().max(40),
  name: z.string().max(200),
  kind: z.enum(['earning', 'deduction', 'employer']),
  calc: z.enum(['amount', 'percent', 'formula', 'income-tax', 'social-insurance']),
  value: z.string().max(2000).optional(),
  base: z.string().max(2000).optional(),
  taxable: z.boolean().optional(),
  insurable: z.boolean().optional(),
  prorated: z.boolean().optional(),
  accountId: z.string().nullable().optional(),
})

const structureInput = z.object({
  code: z.string().max(40),
  name: z.string().max(200),
  componentCodes: z.array(z.string()).max(100),
})

const rulePackInput = z.object({
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(200),
  currency: z.string().max(3),
  versions: z
    .array(
      z.object({
        effectiveFrom: isoDate,
        source: z.string().min(1).max(4000),
        incomeTax: z.object({
          basis: z.enum(['per-period', 'annualised']),
          statedFor: z.enum(['month', 'year']),
          personalAllowance: decimal,
          dependantAllowance: decimal,
          brackets: bands,
          deductEmployeeContributions: z.boolean(),
        }),
        contributions: z
          .array(
            z.object({
              code: z.string().min(1).max(20),
              name: z.string().min(1).max(200),
              statedFor: z.enum(['month', 'year']),
              employee: bands,
              employer: bands,
            }),
          )
          .max(20),
      }),
    )
    .min(1)
    .max(100),
})

const periodInput = z.object({
  employeeCode: z.string(),
  daysWorked: z.string().nullable().optional(),
  unpaidLeaveDays: z.string().optional(),
  overtimeHours: z.string().optional(),
})

type InputsResult = { rows: number; problems: ImportProblem[] }

export const payrollProcedures = {
  'payroll.departments.list': procedure<Department[]>()(z.object({}).optional(), 'read'),
  'payroll.departments.create': procedure<Department>()(
    z.object({
      code: z.string().max(40),
      name: z.string().max(200),
      expenseAccountId: id.optional(),
    }),
    'write',
  ),
  'payroll.employees.list': procedure<Employee[]>()(z.object({}).optional(), 'read'),
  'payroll.employees.save': procedure<Employee>()(
    employeeInput.extend({ id: id.optional() }),
    'write',
  ),
  'payroll.components.list': procedure<PayComponent[]>()(z.object({}).optional(), 'read'),
  'payroll.components.save': procedure<PayComponent>()(
    componentInput.extend({ id: id.optional() }),
    'write',
  ),
  'payroll.structures.list': procedure<SalaryStructure[]>()(z.object({}).optional(), 'read'),
  'payroll.structures.create': procedure<SalaryStructure>()(structureInput, 'write'),
  'payroll.structures.update': procedure<SalaryStructure>()(structureInput.extend({ id }), 'write'),
  'payroll.employees.assignments': procedure<AssignmentHistory[]>()(
    z.object({ employeeId: id }),
    'read',
  ),
  'payroll.structures.assign': procedure<Assignment>()(
    z.object({
      employeeId: id,
      structureId: id,
      effectiveFrom: isoDate,
      base: decimal,
      overrides: z.record(z.string(), z.string().max(2000)).optional(),
    }),
    'write',
  ),
  'payroll.rulePacks.list': procedure<RulePack[]>()(z.object({}).optional(), 'read'),
  'payroll.rulePacks.save': procedure<RulePack>()(rulePackInput, 'admin'),
  'payroll.rulePacks.use': procedure<{ ok: true }>()(z.object({ code: id }), 'admin'),
  'payroll.runs.list': procedure<PayRun[]>()(z.object({}).optional(), 'read'),
  'payroll.runs.get': procedure<PayRun>()(z.object({ id }), 'read'),
  'payroll.runs.create': procedure<PayRun>()(
    z.object({ frequency, periodStart: isoDate, periodEnd: isoDate, payDate: isoDate }),
    'write',
  ),
  'payroll.runs.setInputs': procedure<InputsResult>()(
    z.object({ id, inputs: z.array(periodInput).max(100_000), dryRun: z.boolean().optional() }),
    'write',
  ),
  'payroll.runs.importInputs': procedure<InputsResult>()(
    z.object({ id, csv: z.string(), dryRun: z.boolean().optional() }),
    'write',
  ),
  'payroll.runs.calculate': procedure<PayRun>()(z.object({ id }), 'write'),
  'payroll.runs.review': procedure<PayRunReview>()(z.object({ id }), 'read'),
  'payroll.runs.post': procedure<PayRun>()(z.object({ id, date: isoDate.optional() }), 'write'),
  'payroll.runs.pay': procedure<PayRun>()(
    z.object({ id, date: isoDate.optional(), bankAccountId: id.optional() }),
    'write',
  ),
  'payroll.runs.reverse': procedure<PayRun>()(z.object({ id, date: isoDate.optional() }), 'write'),
  'payroll.runs.bankCsv': procedure<{ csv: string }>()(z.object({ id }), 'read'),
  'payroll.payslip': procedure<PayslipDocument>()(
    z.object({ id, employeeCode: z.string().min(1) }),
    'read',
  ),
} as const

export type PayrollProcedureName = keyof typeof payrollProcedures
