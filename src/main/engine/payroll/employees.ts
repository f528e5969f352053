import { isIsoDate } from '../../../shared/dates'
import {
  PAY_FREQUENCIES,
  type Department,
  type Employee,
  type EmployeeInput,
} from '../../../shared/domain/payroll'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { PayrollEmployeeTable } from '../db/payroll-schema'
import { newId, nowIso } from '../ids'
import { ensureAccount, payrollSettings, WAGES_ACCOUNT } from './payroll-setup'

export function listDepartments(ctx: CompanyContext): Department[] {
  return ctx.q
    .all(ctx.db.selectFrom('payroll_department').selectAll().orderBy('code'))
    .map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      expenseAccountId: row.expense_account_id,
    }))
}

/** Adds a department; its salary expense goes to `expenseAccountId`, by default 6200. */
export function createDepartment(
  ctx: CompanyContext,
  input: { code: string; name: string; expenseAccountId?: string },
): Department {
  return ctx.transaction(() => {
    payrollSettings(ctx)
    const code = input.code.trim()
    if (!code) throw validationError('code', 'The department needs a code')
    if (!input.name.trim()) throw validationError('name', 'The department needs a name')
    if (ctx.q.first(ctx.db.selectFrom('payroll_department').select('id').where('code', '=', code)))
      throw new DaftarError('duplicate', `Department ${code} already exists`, { field: 'code' })
    const department: Department = {
      id: newId(),
      code,
      name: input.name.trim(),
      expenseAccountId: input.expenseAccountId ?? ensureAccount(ctx, WAGES_ACCOUNT),
    }
    ctx.q.run(
      ctx.db.insertInto('payroll_department').values({
        id: department.id,
        code,
        name: department.name,
        expense_account_id: department.expenseAccountId,
      }),
    )
    ctx.changes.append('payroll_department', department.id, 'create', department)
    return department
  })
}

export function toEmployee(row: PayrollEmployeeTable): Employee {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    departmentId: row.department_id,
    costCentre: row.cost_centre,
    startDate: row.start_date,
    endDate: row.end_date,
    payFrequency: row.pay_frequency,
    bankName: row.bank_name,
    bankAccount: row.bank_account,
    taxId: row.tax_id,
    socialInsuranceNo: row.social_insurance_no,
    dependants: Number(row.dependants),
    email: row.email,
    address: row.address,
  }
}

export function listEmployees(ctx: CompanyContext): Employee[] {
  return ctx.q
    .all(ctx.db.selectFrom('payroll_employee').selectAll().orderBy('code'))
    .map(toEmployee)
}

export function getEmployee(ctx: CompanyContext, id: string): Employee {
  const row = ctx.q.first(ctx.db.selectFrom('payroll_employee').selectAll().where('id', '=', id))
  if (!row) throw notFound('Employee', id)
  return toEmployee(row)
}

export function findEmployeeByCode(ctx: CompanyContext, code: string): Employee | undefined {
  const row = ctx.q.first(
    ctx.db.selectFrom('payroll_employee').selectAll().where('code', '=', code),
  )
  return row && toEmployee(row)
}

/** Adds an employee, or changes one when `id` is given. */
export function saveEmployee(ctx: CompanyContext, input: EmployeeInput, id?: string): Employee {
  return ctx.transaction(() => {
    const clean = validateEmployee(ctx, input, id ?? null)
    const now = nowIso()
    const row: PayrollEmployeeTable = {
      id: id ?? newId(),
      code: clean.code,
      name: clean.name,
      department_id: clean.departmentId,
      cost_centre: clean.costCentre ?? '',
      start_date: clean.startDate,
      end_date: clean.endDate || null,
      pay_frequency: clean.payFrequency,
      bank_name: clean.bankName ?? '',
      bank_account: clean.bankAccount ?? '',
      tax_id: clean.taxId ?? '',
      social_insurance_no: clean.socialInsuranceNo ?? '',
      dependants: BigInt(clean.dependants ?? 0),
      email: clean.email ?? '',
      address: clean.address ?? '',
      created_at: now,
      updated_at: now,
    }
    if (id) {
      getEmployee(ctx, id)
      const { created_at: _created, ...changes } = row
      ctx.q.run(ctx.db.updateTable('payroll_employee').set(changes).where('id', '=', id))
    } else ctx.q.run(ctx.db.insertInto('payroll_employee').values(row))
    const employee = toEmployee(row)
    ctx.changes.append('payroll_employee', row.id, id ? 'update' : 'create', employee)
    return employee
  })
}

function validateEmployee(
  ctx: CompanyContext,
  input: EmployeeInput,
  selfId: string | null,
): EmployeeInput {
  const code = input.code.trim()
  const name = input.name.trim()
  if (!code) throw validationError('code', 'The employee needs a code')
  if (!name) throw validationError('name', 'The employee needs a name')
  const clash = findEmployeeByCode(ctx, code)
  if (clash && clash.id !== selfId)
    throw new DaftarError('duplicate', `Employee code ${code} is already used by ${clash.name}`, {
      field: 'code',
    })
  if (
    !ctx.q.first(
      ctx.db.selectFrom('payroll_department').select('id').where('id', '=', input.departmentId),
    )
  )
    throw validationError('departmentId', `There is no department ${input.departmentId}`)
  if (!isIsoDate(input.startDate))
    throw validationError('startDate', `${input.startDate} is not a date (YYYY-MM-DD)`)
  if (input.endDate && (!isIsoDate(input.endDate) || input.endDate < input.startDate))
    throw validationError('endDate', `${input.endDate} is not a date on or after the start date`)
  if (!PAY_FREQUENCIES.includes(input.payFrequency))
    throw validationError('payFrequency', `Pay frequency must be ${PAY_FREQUENCIES.join(', ')}`)
  const dependants = input.dependants ?? 0
  if (!Number.isInteger(dependants) || dependants < 0 || dependants > 50)
    throw validationError('dependants', 'Dependants must be a whole number from 0 to 50')
  return { ...input, code, name }
}
