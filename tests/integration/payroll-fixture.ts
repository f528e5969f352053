import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createDepartment, saveEmployee } from '../../src/main/engine/payroll/employees'
import { setUpPayroll } from '../../src/main/engine/payroll/payroll-setup'
import { ensureStandardStructure } from '../../src/main/engine/payroll/standard-structure'
import { assignStructure } from '../../src/main/engine/payroll/structures'
import type { EmployeeInput } from '../../src/shared/domain/payroll'
import { tempCompany } from '../helpers/temp-company'

export interface PayrollFixture {
  ctx: CompanyContext
  hire(
    code: string,
    base: string,
    extra?: Partial<EmployeeInput> & { overrides?: Record<string, string>; from?: string },
  ): string
}

/** A VND company with the Vietnam pack, two departments and the standard structure. */
export async function vietnamPayroll(): Promise<PayrollFixture> {
  const ctx = await tempCompany({ currency: 'VND' })
  setUpPayroll(ctx, 'VN')
  const ops = createDepartment(ctx, { code: 'OPS', name: 'Operations' })
  createDepartment(ctx, { code: 'SALES', name: 'Sales' })
  const structure = ensureStandardStructure(ctx)
  return {
    ctx,
    hire(code, base, extra = {}) {
      const { overrides, from, ...details } = extra
      const employee = saveEmployee(ctx, {
        code,
        name: `Employee ${code}`,
        departmentId: ops.id,
        startDate: '2020-01-01',
        payFrequency: 'monthly',
        ...details,
      })
      assignStructure(ctx, {
        employeeId: employee.id,
        structureId: structure.id,
        effectiveFrom: from ?? '2020-01-01',
        base,
        overrides,
      })
      return employee.id
    },
  }
}
