import { describe, expect, it } from 'vitest'
import { trialBalance } from '../../src/main/engine/reports/trial-balance'
import { saveComponent } from '../../src/main/engine/payroll/components'
import { createPayRun } from '../../src/main/engine/payroll/pay-runs'
import { calculatePayRun } from '../../src/main/engine/payroll/run-calculate'
import { importPeriodInputs } from '../../src/main/engine/payroll/run-inputs'
import { payPayRun, postPayRun, reversePayRun } from '../../src/main/engine/payroll/run-posting'
import { getEntry } from '../../src/main/engine/ledger/journal'
import { vietnamPayroll } from './payroll-fixture'

const JULY = {
  frequency: 'monthly',
  periodStart: '2024-07-01',
  periodEnd: '2024-07-31',
  payDate: '2024-08-05',
} as const

describe('pay run posting', () => {
  it('posts by account, pays, locks the run, and a reversal restores the ledger', async () => {
    const { ctx, hire } = await vietnamPayroll()
    hire('A', '30000000', { dependants: 1, overrides: { LOAN: '1000000' } })
    hire('B', '15000000')
    const before = trialBalance(ctx, '2024-12-31')
    const run = createPayRun(ctx, JULY)
    calculatePayRun(ctx, run.id)
    const posted = postPayRun(ctx, run.id)
    const entry = getEntry(ctx, posted.journalEntryId!)
    expect(entry.source).toBe('payroll')
    const byCode = new Map(entry.lines.map((line) => [line.accountCode, line]))
    expect(byCode.get('6200')!.debit).toBe(45_000_000n)
    expect(byCode.get('6210')!.debit).toBe(posted.totals.employerContributions)
    expect(byCode.get('2200')!.credit).toBe(posted.totals.incomeTax)
    expect(byCode.get('1410')!.credit).toBe(1_000_000n)
    expect(byCode.get('2310')!.credit).toBe(
      posted.totals.employeeContributions + posted.totals.employerContributions,
    )
    expect(byCode.get('2300')!.credit).toBe(posted.totals.net)
    expect(() =>
      importPeriodInputs(
        ctx,
        run.id,
        'employee,days_worked,unpaid_leave_days,overtime_hours\nA,,1,\n',
      ),
    ).toThrow(/posted/)
    expect(() => ctx.sqlite.prepare('DELETE FROM payroll_payslip').run()).toThrow(/never changes/)
    payPayRun(ctx, run.id)
    reversePayRun(ctx, run.id, '2024-08-10')
    const after = trialBalance(ctx, '2024-12-31')
    const nonZero = (rows: typeof after.rows) =>
      rows
        .filter((row) => row.debit !== row.credit)
        .map((row) => [row.code, row.debit - row.credit])
    expect(nonZero(after.rows)).toEqual(nonZero(before.rows))
    // A new run for the same period is allowed once the old one is reversed.
    expect(createPayRun(ctx, JULY).status).toBe('draft')
  })

  it('imports period inputs all or nothing, naming each bad line', async () => {
    const { ctx, hire } = await vietnamPayroll()
    hire('A', '10000000')
    const run = createPayRun(ctx, JULY)
    const result = importPeriodInputs(
      ctx,
      run.id,
      'employee,days_worked,unpaid_leave_days,overtime_hours\nA,20,,4\nZZ,1,,\nA,x,,\n',
    )
    expect(result.problems.map((p) => p.line)).toEqual([3, 4, 4])
    expect(ctx.sqlite.prepare('SELECT count(*) AS n FROM payroll_input').get()).toEqual({ n: 0n })
  })

  it('refuses a formula that reads something unknown, divides by zero or loops', async () => {
    const { ctx } = await vietnamPayroll()
    const formula = (code: string, value: string) =>
      saveComponent(ctx, { code, name: code, kind: 'earning', calc: 'formula', value })
    expect(() => formula('X', 'BASIC * bogus')).toThrow(/bogus, which is not known/)
    expect(() => formula('X', 'BASIC / (2 - 2)')).toThrow(/divides by zero/)
    expect(() => formula('X', 'BASIC +')).toThrow(/cannot be read/)
    expect(() => formula('X', 'process.exit(1)')).toThrow(/refused/)
    formula('X', 'BASIC / 2')
    expect(() => formula('Y', 'X + Y')).toThrow(/Y, which is not known/)
    expect(() =>
      saveComponent(ctx, {
        code: 'BASIC2',
        name: 'b',
        kind: 'earning',
        calc: 'formula',
        value: 'INCOME_TAX',
        taxable: true,
      }),
    ).toThrow(/loop/)
  })
})
