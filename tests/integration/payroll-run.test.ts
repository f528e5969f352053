import { describe, expect, it } from 'vitest'
import { getPayslip } from '../../src/main/engine/payroll/payslips'
import { createPayRun } from '../../src/main/engine/payroll/pay-runs'
import { calculatePayRun } from '../../src/main/engine/payroll/run-calculate'
import { setPeriodInputs } from '../../src/main/engine/payroll/run-inputs'
import { vietnamPayroll } from './payroll-fixture'

const AUGUST_2024 = {
  frequency: 'monthly',
  periodStart: '2024-08-01',
  periodEnd: '2024-08-31',
  payDate: '2024-09-05',
} as const

describe('pay run calculation (Vietnam pack)', () => {
  it('computes insurance with the 2024-07-01 cap and tax with family deductions', async () => {
    const { ctx, hire } = await vietnamPayroll()
    hire('E1', '30000000', { dependants: 1 })
    hire('E2', '60000000')
    const run = createPayRun(ctx, AUGUST_2024)
    calculatePayRun(ctx, run.id)
    const one = getPayslip(ctx, run.id, 'E1')
    // By hand from the official rates: insurance 8% + 1.5% + 1% of 30,000,000 = 3,150,000;
    // taxable 30,000,000 - 3,150,000 - 11,000,000 - 4,400,000 = 11,450,000; tax on it by the
    // Circular 111/2013 quick table (bracket 3): 15% x 11,450,000 - 750,000 = 967,500.
    expect(one.payslip.employeeContributions).toBe(3_150_000n)
    expect(one.payslip.incomeTax).toBe(967_500n)
    expect(one.payslip.net).toBe(30_000_000n - 3_150_000n - 967_500n)
    // Employer 17.5% + 3% + 1% = 21.5% of 30,000,000.
    expect(one.payslip.employerContributions).toBe(6_450_000n)
    const two = getPayslip(ctx, run.id, 'E2')
    // SI and HI capped at 20 x 2,340,000 = 46,800,000; UI at 20 x 4,960,000 = 99,200,000.
    expect(two.payslip.employeeContributions).toBe(3_744_000n + 702_000n + 600_000n)
    // Taxable 60,000,000 - 5,046,000 - 11,000,000 = 43,954,000 -> bracket 5: 25% - 3,250,000.
    expect(two.payslip.incomeTax).toBe(7_738_500n)
  })

  it('pays a joiner pro rata by working days and takes unpaid leave off', async () => {
    const { ctx, hire } = await vietnamPayroll()
    hire('NEW', '22000000', { startDate: '2024-08-19' })
    hire('LEAVE', '22000000')
    const run = createPayRun(ctx, AUGUST_2024)
    setPeriodInputs(ctx, run.id, [{ employeeCode: 'LEAVE', unpaidLeaveDays: '2' }])
    calculatePayRun(ctx, run.id)
    // August 2024 has 22 weekdays; 19-30 August has 10.
    expect(getPayslip(ctx, run.id, 'NEW').payslip.gross).toBe(10_000_000n)
    expect(getPayslip(ctx, run.id, 'LEAVE').payslip.gross).toBe(20_000_000n)
  })
})
