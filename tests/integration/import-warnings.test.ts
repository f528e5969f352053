import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCompany } from '../../src/main/engine/company/company-file'
import { importInvoices } from '../../src/main/engine/import/invoices-import'
import { listDocuments } from '../../src/main/engine/sales/documents'
import { runCli } from '../fixtures/run-cli'
import { salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'

const HEADER =
  'number,date,due_date,customer,product,description,quantity,unit_price,tax_code,account'
// Acme's limit is 250.00: the first invoice (110.00) fits, the second takes it to 330.00.
const CSV = [
  HEADER,
  'OLD-1,2026-01-10,,Acme Ltd,W1,,1,,,',
  'OLD-2,2026-01-20,,Acme Ltd,W1,,1,,,',
  'OLD-2,2026-01-20,,Acme Ltd,W1,,1,,,',
].join('\n')

describe('import warnings', () => {
  it("imports an invoice that takes a customer over the limit under 'warn', and says so", async () => {
    const ctx = await tempCompany()
    salesSetup(ctx, 25000n)
    const expected = {
      rows: 3,
      created: 2,
      problems: [],
      warnings: [
        {
          line: 3,
          message: 'Invoice OLD-2: Acme Ltd would owe 330.00, over the credit limit of 250.00',
        },
      ],
    }
    expect(importInvoices(ctx, CSV, { dryRun: true })).toEqual({ dryRun: true, ...expected })
    expect(listDocuments(ctx, 'invoice')).toHaveLength(0)
    expect(importInvoices(ctx, CSV)).toEqual({ dryRun: false, ...expected })
    expect(listDocuments(ctx, 'invoice').map((doc) => doc.status)).toEqual(['posted', 'posted'])
  })

  it('prints the warnings after what daftar import imported', async () => {
    const ctx = await tempCompany()
    salesSetup(ctx, 25000n)
    const dir = path.dirname(ctx.path)
    const db = ctx.path
    ctx.close()
    fs.writeFileSync(path.join(dir, 'invoices.csv'), CSV)
    const run = runCli(['import', 'invoices', 'invoices.csv', '--db', db], dir)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      'Imported 2 invoices from 3 rows of invoices.csv\n' +
        'warning: line 3: Invoice OLD-2: Acme Ltd would owe 330.00, over the credit limit of 250.00\n',
    )
    const reopened = await openCompany(db)
    expect(listDocuments(reopened, 'invoice')).toHaveLength(2)
    reopened.close()
  })
})
