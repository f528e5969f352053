/**
 * Payroll benchmark: a monthly pay run (calculate and post) of 500 and of 5,000 employees,
 * in-process. Target: 5,000 in at most 1 second, and growth from 500 to 5,000 no worse than
 * linear (at most 10x).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCompany } from '../../src/main/engine/company/company-file'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createDepartment, saveEmployee } from '../../src/main/engine/payroll/employees'
import { createPayRun } from '../../src/main/engine/payroll/pay-runs'
import { setUpPayroll } from '../../src/main/engine/payroll/payroll-setup'
import { calculatePayRun } from '../../src/main/engine/payroll/run-calculate'
import { postPayRun } from '../../src/main/engine/payroll/run-posting'
import { setPeriodInputs } from '../../src/main/engine/payroll/run-inputs'
import { ensureStandardStructure } from '../../src/main/engine/payroll/standard-structure'
import { assignStructure } from '../../src/main/engine/payroll/structures'
import { onceMs, printTable } from './measure'

async function staffedCompany(dir: string, employees: number): Promise<CompanyContext> {
  const ctx = await createCompany(
    path.join(dir, `payroll-${employees}.daftar`),
    { name: `Payroll ${employees}`, currency: 'VND' },
    { userName: 'bench' },
  )
  setUpPayroll(ctx, 'VN')
  const departments = ['OPS', 'SALES'].map((code) => createDepartment(ctx, { code, name: code }))
  const structure = ensureStandardStructure(ctx)
  ctx.transaction(() => {
    for (let i = 0; i < employees; i++) {
      const employee = saveEmployee(ctx, {
        code: `E${String(i).padStart(5, '0')}`,
        name: `Employee ${i}`,
        departmentId: departments[i % 2]!.id,
        startDate: i % 50 === 0 ? '2024-08-12' : '2020-01-01',
        payFrequency: 'monthly',
        dependants: i % 3,
      })
      assignStructure(ctx, {
        employeeId: employee.id,
        structureId: structure.id,
        effectiveFrom: '2020-01-01',
        base: String(8_000_000 + (i % 97) * 700_000),
        overrides: i % 10 === 0 ? { LOAN: '500000' } : {},
      })
    }
  })
  return ctx
}

async function timeRun(dir: string, employees: number): Promise<{ calc: number; post: number }> {
  const ctx = await staffedCompany(dir, employees)
  const run = createPayRun(ctx, {
    frequency: 'monthly',
    periodStart: '2024-08-01',
    periodEnd: '2024-08-31',
    payDate: '2024-09-05',
  })
  setPeriodInputs(
    ctx,
    run.id,
    Array.from({ length: Math.floor(employees / 5) }, (_, i) => ({
      employeeCode: `E${String(i * 5).padStart(5, '0')}`,
      overtimeHours: String(i % 12),
      unpaidLeaveDays: String(i % 2),
    })),
  )
  const calc = await onceMs(() => calculatePayRun(ctx, run.id))
  const post = await onceMs(() => postPayRun(ctx, run.id))
  ctx.close()
  return { calc, post }
}

export async function payrollBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-payroll-bench-'))
  try {
    await timeRun(dir, 100) // warm-up: JIT and statement caches
    const small = await timeRun(dir, 500)
    const big = await timeRun(dir, 5000)
    const smallTotal = small.calc + small.post
    const bigTotal = big.calc + big.post
    printTable('Payroll', [
      { name: 'pay run of 500 employees: calculate', value: `${small.calc.toFixed(0)} ms` },
      { name: 'pay run of 500 employees: post', value: `${small.post.toFixed(1)} ms` },
      { name: 'pay run of 5,000 employees: calculate', value: `${big.calc.toFixed(0)} ms` },
      { name: 'pay run of 5,000 employees: post', value: `${big.post.toFixed(1)} ms` },
      {
        name: 'pay run of 5,000 employees, calculate and post',
        value: `${bigTotal.toFixed(0)} ms`,
        target: '<= 1000 ms',
        pass: bigTotal <= 1000,
      },
      {
        name: 'growth 500 -> 5,000 employees',
        value: `${(bigTotal / smallTotal).toFixed(2)}x`,
        target: '<= 10x (linear)',
        pass: bigTotal / smallTotal <= 10,
      },
    ])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
