import { addDays, today as localToday } from '../../../shared/dates'
import type { CompanyContext } from '../company/company-context'
import { dice } from '../demo/prng'
import { createDepartment, saveEmployee } from './employees'
import { createPayRun } from './pay-runs'
import { payrollSettings } from './payroll-setup'
import { calculatePayRun } from './run-calculate'
import { setPeriodInputs } from './run-inputs'
import { postPayRun } from './run-posting'
import { ensureStandardStructure } from './standard-structure'
import { assignStructure } from './structures'

const FIRST_NAMES = [
  'An',
  'Binh',
  'Chi',
  'Dung',
  'Giang',
  'Hoa',
  'Khanh',
  'Lan',
  'Minh',
  'Nam',
  'Phuong',
  'Quang',
]
const FAMILY_NAMES = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu']

/** Monthly base salaries in major units, by currency: a plausible range for a small business. */
const SALARY_RANGE: Record<string, [number, number]> = {
  VND: [9_000_000, 45_000_000],
  IRR: [150_000_000, 600_000_000],
  JPY: [220_000, 600_000],
}

/**
 * Payroll for the demo company: two departments, twelve monthly employees (one joined during the
 * last month, so it is pro rata), the standard structure, and three posted monthly runs for the
 * three whole months before `today`'s. Same seed and month, same payroll.
 */
export function generatePayrollDemo(
  ctx: CompanyContext,
  options: { seed: number; today?: string },
): void {
  const roll = dice(options.seed)
  const thisMonth = `${(options.today ?? localToday()).slice(0, 7)}-01`
  const months = [3, 2, 1].map((back) => monthStart(thisMonth, -back))
  ctx.transaction(() => {
    payrollSettings(ctx)
    const departments = [
      createDepartment(ctx, { code: 'SHOP', name: 'Shop floor' }),
      createDepartment(ctx, { code: 'OFFICE', name: 'Office' }),
    ]
    const structure = ensureStandardStructure(ctx)
    const [low, high] = SALARY_RANGE[ctx.settings().currency] ?? [2_000, 6_500]
    for (let i = 0; i < 12; i++) {
      const joinedLate = i === 11
      const employee = saveEmployee(ctx, {
        code: `EMP${String(i + 1).padStart(3, '0')}`,
        name: `${FAMILY_NAMES[roll.int(0, FAMILY_NAMES.length - 1)]} ${FIRST_NAMES[i]}`,
        departmentId: departments[i < 7 ? 0 : 1]!.id,
        costCentre: i < 7 ? 'CC-SHOP' : 'CC-ADMIN',
        startDate: joinedLate ? addDays(months[2]!, 9) : '2020-01-01',
        payFrequency: 'monthly',
        bankName: 'Demo Bank',
        bankAccount: String(roll.int(10_000_000, 99_999_999)),
        taxId: String(roll.int(1_000_000_000, 9_999_999_999)),
        dependants: roll.int(0, 2),
      })
      const step = Math.round((high - low) / 100)
      assignStructure(ctx, {
        employeeId: employee.id,
        structureId: structure.id,
        effectiveFrom: '2020-01-01',
        base: String(low + step * roll.int(0, 100)),
        overrides: i % 5 === 0 ? { LOAN: String(step * 5) } : {},
      })
    }
    for (const start of months) {
      const end = addDays(monthStart(start, 1), -1)
      const run = createPayRun(ctx, {
        frequency: 'monthly',
        periodStart: start,
        periodEnd: end,
        payDate: end,
      })
      setPeriodInputs(
        ctx,
        run.id,
        [1, 4, 8].map((n) => ({
          employeeCode: `EMP${String(n).padStart(3, '0')}`,
          overtimeHours: String(roll.int(0, 12)),
          unpaidLeaveDays: String(roll.int(0, 1)),
        })),
      )
      calculatePayRun(ctx, run.id)
      postPayRun(ctx, run.id)
    }
  })
}

function monthStart(first: string, offset: number): string {
  const index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1 + offset
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}
