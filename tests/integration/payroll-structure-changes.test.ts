import { describe, expect, it } from 'vitest'
import { getEntry } from '../../src/main/engine/ledger/journal'
import { createAccount } from '../../src/main/engine/ledger/accounts'
import { listComponents, saveComponent } from '../../src/main/engine/payroll/components'
import { createPayRun } from '../../src/main/engine/payroll/pay-runs'
import { getPayslip } from '../../src/main/engine/payroll/payslips'
import { calculatePayRun } from '../../src/main/engine/payroll/run-calculate'
import { postPayRun, reversePayRun } from '../../src/main/engine/payroll/run-posting'
import { listAssignments, updateStructure } from '../../src/main/engine/payroll/structure-edit'
import {
  assignStructure,
  createStructure,
  listStructures,
} from '../../src/main/engine/payroll/structures'
import { vietnamPayroll } from './payroll-fixture'

const month = (start: string, end: string, payDate: string) =>
  ({ frequency: 'monthly', periodStart: start, periodEnd: end, payDate }) as const
const AUGUST_2024 = month('2024-08-01', '2024-08-31', '2024-09-05')
const SEPTEMBER_2024 = month('2024-09-01', '2024-09-30', '2024-10-05')

describe('salary structure changes', () => {
  it('pays a structure change inside the period pro rata by working days under each', async () => {
    const { ctx, hire } = await vietnamPayroll()
    const id = hire('E1', '22000000')
    saveComponent(ctx, {
      code: 'MEAL',
      name: 'Meal allowance',
      kind: 'earning',
      calc: 'amount',
      value: '2200000',
      prorated: true,
    })
    const senior = createStructure(ctx, {
      code: 'SENIOR',
      name: 'Senior',
      componentCodes: ['BASIC', 'MEAL', 'SI_EMPLOYEE', 'INCOME_TAX', 'SI_EMPLOYER'],
    })
    assignStructure(ctx, {
      employeeId: id,
      structureId: senior.id,
      effectiveFrom: '2024-08-15',
      base: '33000000',
    })
    const run = createPayRun(ctx, AUGUST_2024)
    calculatePayRun(ctx, run.id)
    const { payslip } = getPayslip(ctx, run.id, 'E1')
    const line = (code: string) => payslip.lines.find((l) => l.code === code)
    // August 2024 has 22 weekdays: 10 before the 15th under STANDARD, 12 from it under SENIOR.
    // BASIC: 22,000,000 x 10/22 + 33,000,000 x 12/22 = 10,000,000 + 18,000,000.
    expect(line('BASIC')!.amount).toBe(28_000_000n)
    expect(line('BASIC')!.detail).toBe('STANDARD x 10/22 days; SENIOR x 12/22 days')
    expect(line('MEAL')!.amount).toBe(1_200_000n) // SENIOR only: 2,200,000 x 12/22
    expect(line('LOAN')).toBeUndefined() // not prorated: the structure at the period's end
    // Insurance and tax once, on the month's pay: 10.5% of 28,000,000; taxable
    // 28,000,000 - 2,940,000 - 11,000,000 = 14,060,000 -> 15% - 750,000.
    expect(payslip.employeeContributions).toBe(2_940_000n)
    expect(payslip.incomeTax).toBe(1_359_000n)
    expect(payslip.gross).toBe(29_200_000n)
    expect(payslip.net).toBe(29_200_000n - 2_940_000n - 1_359_000n)
    expect(payslip.employerContributions).toBe(6_020_000n) // 21.5% of 28,000,000

    expect(
      listAssignments(ctx, id).map((a) => [
        a.structureCode,
        a.effectiveFrom,
        a.effectiveTo,
        a.base,
      ]),
    ).toEqual([
      ['STANDARD', '2020-01-01', '2024-08-14', '22000000'],
      ['SENIOR', '2024-08-15', null, '33000000'],
    ])
  })

  it('edits a structure in place without touching a posted run; refuses a bad edit', async () => {
    const { ctx, hire } = await vietnamPayroll()
    hire('E1', '20000000', { overrides: { BONUS: '1000000' } })
    const standard = listStructures(ctx).find((s) => s.code === 'STANDARD')!
    const august = createPayRun(ctx, AUGUST_2024)
    calculatePayRun(ctx, august.id)
    postPayRun(ctx, august.id)
    const postedGross = getPayslip(ctx, august.id, 'E1').payslip.gross
    expect(postedGross).toBe(21_000_000n)

    const codes = standard.componentCodes.filter((code) => code !== 'BONUS')
    expect(() =>
      updateStructure(ctx, standard.id, { code: 'STANDARD', name: 'x', componentCodes: ['NOPE'] }),
    ).toThrow(/no component NOPE/)
    updateStructure(ctx, standard.id, {
      code: 'STANDARD',
      name: 'Standard 2',
      componentCodes: codes,
    })
    expect(listStructures(ctx).find((s) => s.id === standard.id)!.componentCodes).toEqual(codes)
    const changes = ctx.sqlite
      .prepare("SELECT operation FROM change_log WHERE entity = 'payroll_structure'")
      .all() as { operation: string }[]
    expect(changes.map((c) => c.operation)).toEqual(['create', 'update'])

    const september = createPayRun(ctx, SEPTEMBER_2024)
    calculatePayRun(ctx, september.id)
    expect(getPayslip(ctx, september.id, 'E1').payslip.gross).toBe(20_000_000n)
    expect(getPayslip(ctx, august.id, 'E1').payslip.gross).toBe(postedGross)
  })

  it('posts a deduction to the account chosen for it; a posted run keeps what it posted', async () => {
    const { ctx, hire } = await vietnamPayroll()
    hire('E1', '20000000', { overrides: { LOAN: '500000' } })
    const staffLoans = createAccount(ctx, {
      code: '1420',
      name: 'Staff loans',
      type: 'asset',
      parentId: null,
    })
    const loan = listComponents(ctx).find((c) => c.code === 'LOAN')!
    const august = createPayRun(ctx, AUGUST_2024)
    calculatePayRun(ctx, august.id)
    const posted = postPayRun(ctx, august.id)
    const credit = (entryId: string, code: string) =>
      getEntry(ctx, entryId).lines.find((l) => l.accountCode === code)?.credit ?? 0n

    expect(() => saveComponent(ctx, { ...loan, accountId: 'nope' }, loan.id)).toThrow(/no account/)
    saveComponent(ctx, { ...loan, accountId: staffLoans.id }, loan.id)
    expect(credit(posted.journalEntryId!, '1410')).toBe(500_000n)
    expect(credit(posted.journalEntryId!, '1420')).toBe(0n)
    const reversed = reversePayRun(ctx, august.id, '2024-09-02')
    const debit = (code: string) =>
      getEntry(ctx, reversed.reversalEntryId!).lines.find((l) => l.accountCode === code)?.debit
    expect(debit('1410')).toBe(500_000n)

    const again = createPayRun(ctx, AUGUST_2024)
    calculatePayRun(ctx, again.id)
    expect(credit(postPayRun(ctx, again.id).journalEntryId!, '1420')).toBe(500_000n)
  })
})
