import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/main/hosts/cli/main'
import { payslipPrintable } from '../../src/main/engine/payroll-print/payslip-printable'
import { payslipPdf } from '../../src/main/engine/payroll-print/payslip-pdf'
import { getPayslip } from '../../src/main/engine/payroll/payslips'
import { listPayRuns } from '../../src/main/engine/payroll/pay-runs'
import { call, dispatch } from '../../src/main/engine/rpc/dispatch'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import { tempDir } from '../helpers/temp-company'
import { vietnamPayroll } from './payroll-fixture'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err }
}

async function company() {
  const fixture = await vietnamPayroll()
  fixture.hire('E-001', '20000000', { bankName: 'VCB', bankAccount: '0011' })
  fixture.hire('E/002', '30000000', { bankName: 'ACB', bankAccount: '0022' })
  return fixture.ctx
}

describe('payroll on the CLI and as PDF', () => {
  it('runs, posts and pays a month, writes the bank CSV and one payslip PDF per employee', async () => {
    const ctx = await company()
    const file = ctx.path
    ctx.close()
    const run = capture()
    const code = await main(
      ['payroll', 'run', '--db', file, '--period', '2025-03', '--pay', '--account', '1120'],
      run.io,
    )
    expect(run.err.join('')).toBe('')
    expect(code).toBe(0)
    expect(run.out.join('')).toMatch(/: paid\n/)
    expect(run.out.join('')).toMatch(/employees +2\n/)
    const number = /Pay run (\S+)/.exec(run.out.join(''))![1]!

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'payslips-'))
    const csvFile = path.join(dir, 'bank.csv')
    expect(
      await main(
        ['payroll', 'bank-csv', '--run', number, '--db', file, '--to', csvFile],
        capture().io,
      ),
    ).toBe(0)
    const rows = fs.readFileSync(csvFile, 'utf8').trim().split('\n')
    expect(rows[0]).toBe('employee,name,bank,account,amount,currency,reference')
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 4).join(','))).toEqual([
      'E-001,Employee E-001,VCB,0011',
      'E/002,Employee E/002,ACB,0022',
    ])

    const printed = capture()
    const out = path.join(dir, 'pdf')
    expect(
      await main(['print', 'payslips', '--run', number, '--db', file, '--to', out], printed.io),
    ).toBe(0)
    expect(fs.readdirSync(out).sort()).toEqual(['E-001.pdf', 'E_002.pdf'])
    const pdf = fs.readFileSync(path.join(out, 'E-001.pdf'))
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('builds the payslip from the engine figures, money in the company locale', async () => {
    const ctx = await company()
    await main(['payroll', 'run', '--db', ctx.path, '--period', '2025-03'], capture().io)
    const [run] = listPayRuns(ctx)
    const data = getPayslip(ctx, run!.id, 'E-001')
    const doc = payslipPrintable(data, { locale: 'vi-VN' })
    expect(doc.recipient!.name).toBe('Employee E-001')
    expect(doc.issuer.name).toBe(ctx.settings().name)
    expect(doc.rows).toHaveLength(data.payslip.lines.length)
    expect(doc.rows[0]![0]).toBe('Earning')
    expect(doc.totals.find((t) => t.emphasis)!.value).toBe(
      new Intl.NumberFormat('vi-VN').format(data.payslip.net),
    )
    expect(doc.dates.map((d) => d.label)).toContain('Status')
    const bytes = await payslipPdf(ctx, run!.number, 'E-001')
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-')
    // Same document, same bytes.
    expect(
      Buffer.compare(Buffer.from(bytes), Buffer.from(await payslipPdf(ctx, run!.id, 'E-001'))),
    ).toBe(0)
  })

  it('serves a payslip PDF as base64 and a report grid over RPC; refuses a bad month', async () => {
    const ctx = await company()
    const file = ctx.path
    ctx.close()
    expect(
      await main(['payroll', 'run', '--db', file, '--period', '2025-03', '--post'], capture().io),
    ).toBe(0)
    const bad = capture()
    expect(await main(['payroll', 'run', '--db', file, '--period', '2025-13'], bad.io)).toBe(1)
    expect(bad.err.join('')).toMatch(/2025-13/)
    const dir = tempDir()
    const session = new EngineSession({ homeDir: dir, companiesDir: dir })
    await call(session, 'company.open', { path: file })
    const [run] = await call(session, 'payroll.runs.list', {})
    const pdf = await call(session, 'payroll.payslipPdf', { id: run!.id, employeeCode: 'E/002' })
    expect(pdf.fileName).toBe('E_002.pdf')
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    const missing = await dispatch(session, 'payroll.payslipPdf', {
      id: run!.id,
      employeeCode: 'NOPE',
    })
    expect(missing.ok).toBe(false)
    const draft = await call(session, 'payroll.runs.create', {
      frequency: 'monthly',
      periodStart: '2025-04-01',
      periodEnd: '2025-04-30',
      payDate: '2025-04-30',
    })
    await call(session, 'payroll.runs.importInputs', {
      id: draft.id,
      csv: 'employee,days_worked,unpaid_leave_days,overtime_hours\nE-001,,1.5,2.25\n',
    })
    expect(await call(session, 'payroll.runs.inputs', { id: draft.number })).toEqual([
      { employeeCode: 'E-001', daysWorked: null, unpaidLeaveDays: '1.5', overtimeHours: '2.25' },
    ])
    const register = await call(session, 'payroll.report', {
      name: 'payroll-register',
      run: run!.id,
    })
    expect(register.rows.filter((row) => 'cells' in row)).toHaveLength(3)
    const { csv } = await call(session, 'payroll.reportCsv', {
      name: 'payroll-register',
      run: run!.id,
    })
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe(
      'run,period_end,code,name,department,gross,deductions,income_tax,employee_contributions,employer_contributions,net',
    )
    expect(lines).toHaveLength(4)
  })
})
