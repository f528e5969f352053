import { describe, expect, it } from 'vitest'
import { main } from '../../src/main/hosts/cli/main'
import { listPayRuns } from '../../src/main/engine/payroll/pay-runs'
import { generatePayrollDemo } from '../../src/main/engine/payroll/payroll-demo'
import { tempCompany } from '../helpers/temp-company'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err }
}

describe('payroll demo and reports', () => {
  it('makes three posted monthly runs for twelve employees, reported on the CLI', async () => {
    const ctx = await tempCompany({ currency: 'VND' })
    generatePayrollDemo(ctx, { seed: 7, today: '2024-11-15' })
    const runs = listPayRuns(ctx)
    expect(runs.map((run) => [run.periodStart, run.status])).toEqual([
      ['2024-10-01', 'posted'],
      ['2024-09-01', 'posted'],
      ['2024-08-01', 'posted'],
    ])
    expect(runs[2]!.totals.employees).toBe(11)
    expect(runs[0]!.totals.employees).toBe(12)
    const file = ctx.path
    ctx.close()

    const register = capture()
    const code = await main(
      ['report', 'payroll-register', '--db', file, '--run', runs[0]!.number, '--format', 'json'],
      register.io,
    )
    expect(register.err.join('')).toBe('')
    expect(code).toBe(0)
    const json = JSON.parse(register.out.join('')) as { rows: Record<string, string>[] }
    expect(json.rows).toHaveLength(13)
    expect(json.rows.at(-1)!.net).toBe(runs[0]!.totals.net.toString())

    const ytd = capture()
    await main(
      [
        'report',
        'payroll-ytd',
        '--db',
        file,
        '--to',
        '2024-12-31',
        '--employee',
        'EMP001',
        '--format',
        'csv',
      ],
      ytd.io,
    )
    expect(ytd.out.join('').split('\n')[1]).toMatch(/^EMP001,.*,3,/)

    const liabilities = capture()
    await main(
      ['report', 'payroll-liabilities', '--db', file, '--from', '2024-08-01', '--to', '2024-10-31'],
      liabilities.io,
    )
    expect(liabilities.out.join('')).toContain('Total')
  })
})
