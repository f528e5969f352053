import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/engine/rpc/dispatch'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import { tempDir } from '../helpers/temp-company'

describe('payroll over the RPC contract', () => {
  it('sets up, runs, reviews, posts, pays and exports a bank file', async () => {
    const dir = tempDir()
    const session = new EngineSession({ homeDir: dir, companiesDir: dir })
    await call(session, 'company.create', {
      path: path.join(dir, 'vn.daftar'),
      name: 'VN Co',
      currency: 'VND',
    })
    const department = await call(session, 'payroll.departments.create', {
      code: 'OPS',
      name: 'Ops',
    })
    const basic = {
      kind: 'earning',
      calc: 'formula',
      value: 'base',
      taxable: true,
      insurable: true,
      prorated: true,
    } as const
    await call(session, 'payroll.components.save', { code: 'BASIC', name: 'Basic', ...basic })
    const refused = await dispatch(session, 'payroll.components.save', {
      code: 'BAD',
      name: 'Bad',
      kind: 'earning',
      calc: 'formula',
      value: 'BASIC / 0',
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toMatch(/divides by zero/)
    await call(session, 'payroll.components.save', {
      code: 'PIT',
      name: 'Tax',
      kind: 'deduction',
      calc: 'income-tax',
    })
    await call(session, 'payroll.components.save', {
      code: 'SI',
      name: 'SI',
      kind: 'deduction',
      calc: 'social-insurance',
    })
    const structure = await call(session, 'payroll.structures.create', {
      code: 'S',
      name: 'S',
      componentCodes: ['BASIC', 'SI', 'PIT'],
    })
    const employee = await call(session, 'payroll.employees.save', {
      code: 'E1',
      name: 'One',
      departmentId: department.id,
      startDate: '2024-01-01',
      payFrequency: 'monthly',
      bankAccount: '123',
      dependants: 1,
    })
    /** The employee on structure S from `effectiveFrom`, at `base` a month. */
    const assign = (effectiveFrom: string, base: string) =>
      call(session, 'payroll.structures.assign', {
        employeeId: employee.id,
        structureId: structure.id,
        effectiveFrom,
        base,
      })
    await assign('2024-01-01', '30000000')
    const run = await call(session, 'payroll.runs.create', {
      frequency: 'monthly',
      periodStart: '2024-09-01',
      periodEnd: '2024-09-30',
      payDate: '2024-10-05',
    })
    await call(session, 'payroll.runs.calculate', { id: run.id })
    const review = await call(session, 'payroll.runs.review', { id: run.id })
    expect(review.payslips[0]!.net).toBe(30_000_000n - 3_150_000n - 967_500n)
    expect(review.previous).toBeNull()
    await call(session, 'payroll.runs.post', { id: run.id })
    const { csv } = await call(session, 'payroll.runs.bankCsv', { id: run.id })
    expect(csv.split('\n')[1]).toBe('E1,One,,123,25882500,VND,' + `${run.number} 2024-09-30`)
    const paid = await call(session, 'payroll.runs.pay', { id: run.id })
    expect(paid.status).toBe('paid')
    const payslip = await call(session, 'payroll.payslip', { id: run.number, employeeCode: 'E1' })
    expect(payslip.payslip.lines.map((line) => line.code)).toEqual(['BASIC', 'SI', 'PIT'])

    const renamed = await call(session, 'payroll.structures.update', {
      id: structure.id,
      code: 'S',
      name: 'Staff',
      componentCodes: ['BASIC', 'PIT', 'SI'],
    })
    expect(renamed.componentCodes).toEqual(['BASIC', 'PIT', 'SI'])
    await assign('2024-11-01', '32000000')
    const history = await call(session, 'payroll.employees.assignments', {
      employeeId: employee.id,
    })
    expect(history.map((row) => [row.structureName, row.effectiveFrom, row.effectiveTo])).toEqual([
      ['Staff', '2024-01-01', '2024-10-31'],
      ['Staff', '2024-11-01', null],
    ])
    expect(history[1]!.baseMinor).toBe(32_000_000n)
    const stillPosted = await call(session, 'payroll.payslip', {
      id: run.number,
      employeeCode: 'E1',
    })
    expect(stillPosted.payslip.lines.map((line) => line.code)).toEqual(['BASIC', 'SI', 'PIT'])
    session.close()
  })
})
