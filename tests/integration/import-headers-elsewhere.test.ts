import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createPayRun } from '../../src/main/engine/payroll/pay-runs'
import { importPeriodInputs } from '../../src/main/engine/payroll/run-inputs'
import {
  BILL_COLUMNS,
  CONTACT_COLUMNS,
  INVOICE_COLUMNS,
  optionalColumns,
  PRODUCT_COLUMNS,
  requiredText,
} from '../../src/shared/domain/import-columns'
import { runCli } from '../fixtures/run-cli'
import { problemLines } from '../helpers/import-problems'
import { tempCompany } from '../helpers/temp-company'
import { salesSnapshot } from './import-sales-fixture'
import { vietnamPayroll } from './payroll-fixture'

/** The one header rule (see import-headers.test.ts) where pay run inputs and `daftar import` read it. */
describe('the pay run inputs header', () => {
  it('takes the employee and any of the inputs, in any order; refuses none of them', async () => {
    const { ctx, hire } = await vietnamPayroll()
    hire('A', '10000000')
    const run = createPayRun(ctx, {
      frequency: 'monthly',
      periodStart: '2024-07-01',
      periodEnd: '2024-07-31',
      payDate: '2024-08-05',
    })
    const inputs = () =>
      ctx.sqlite
        .prepare('SELECT days_worked, unpaid_leave_days, overtime_hours FROM payroll_input')
        .all()
    expect(problemLines(importPeriodInputs(ctx, run.id, 'employee\nA\n').problems)).toEqual([
      'line 1, header: days_worked or unpaid_leave_days or overtime_hours: missing from the header; at least one of these columns is required',
    ])
    expect(inputs()).toEqual([])
    expect(importPeriodInputs(ctx, run.id, 'Overtime_Hours,employee\n4,A\n').problems).toEqual([])
    expect(inputs()).toEqual([{ days_worked: null, unpaid_leave_days: 0n, overtime_hours: 4000n }])
    ctx.close()
  })
})

describe('daftar import and a header of its own', () => {
  it('imports a file naming some columns in its own order, and refuses a misspelt one', async () => {
    const ctx = await tempCompany()
    const db = ctx.path
    ctx.close()
    const dir = path.dirname(db)
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text)
      return name
    }
    const bad = write('bad.csv', 'name,emial,supplier\nParts Co,sales@parts.test,yes\n')
    const before = salesSnapshot(db)
    const refused = runCli(['import', 'contacts', bad, '--db', db], dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^line 1, header: emial: not a column; did you mean email\?$/m)
    expect(salesSnapshot(db)).toBe(before)

    const good = write('good.csv', 'Email, NAME ,supplier\nsales@parts.test,Parts Co,yes\n')
    const imported = runCli(['import', 'contacts', good, '--db', db], dir)
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.stdout).toMatch(/^Imported 1 contact from 1 row/)

    const help = runCli(['import', '--help'], dir).stdout
    expect(help).toMatch(/^ {2}contacts FILE\.csv {3}required name, customer or supplier$/m)
    expect(help).toMatch(/^ {22}optional kind, tax_id, payment_terms_days, credit_limit,/m)
  })
})

describe('the README', () => {
  it('lists the required and optional columns the engine reads', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8')
    const kinds = {
      contacts: CONTACT_COLUMNS,
      products: PRODUCT_COLUMNS,
      invoices: INVOICE_COLUMNS,
      bills: BILL_COLUMNS,
    }
    for (const [kind, columns] of Object.entries(kinds)) {
      const row = new RegExp(`^\\| ${kind} +\\| (.+?) +\\|`, 'm').exec(readme)![1]!
      const [required, optional] = row.split('; ')
      expect(required!.replace(/`/g, '').replace(/,(?! )/g, ', ')).toBe(requiredText(columns))
      expect(optional).toBe(`\`${optionalColumns(columns).join(',')}\``)
    }
  })
})
