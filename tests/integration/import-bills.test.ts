import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { importBills } from '../../src/main/engine/import/bills-import'
import { listDocuments } from '../../src/main/engine/sales/documents'
import { salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'
import { supplierForm } from '../helpers/contacts'
import { expectRefused, salesSnapshot } from './import-sales-fixture'

const HEADER =
  'number,date,due_date,supplier,product,description,quantity,unit_price,tax_code,account'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

const GOOD = csv(
  'S-881,2026-01-10,2026-02-10,Beans Ltd,W1,,10,60,,',
  'S-881,,,,,Freight,1,25,none,6300',
  's-882,2026-01-20,,beans ltd,,Shop sign,1,300,VAT10,6500',
)

async function company() {
  const ctx = await tempCompany()
  const setup = salesSetup(ctx)
  const supplier = createContact(ctx, supplierForm('Beans Ltd', { paymentTermsDays: 14 }))
  return { ctx, supplier, ...setup }
}

describe('bills import', () => {
  it('posts each bill through the purchasing service, with the supplier number as reference', async () => {
    const { ctx } = await company()
    expect(importBills(ctx, GOOD)).toEqual({ dryRun: false, rows: 3, created: 2, problems: [] })
    const bills = listDocuments(ctx, 'bill')
    expect(
      bills.map((b) => [b.number, b.reference, b.status, b.dueDate, b.net, b.tax, b.gross]),
    ).toEqual([
      // 10 widgets at 60.00 (stocked: into inventory) + 10% tax, freight 25.00 untaxed
      ['BILL-A-000001', 'S-881', 'posted', '2026-02-10', 62500n, 6000n, 68500n],
      ['BILL-A-000002', 's-882', 'posted', '2026-02-03', 30000n, 3000n, 33000n],
    ])
    const payables = ctx.sqlite
      .prepare(
        `SELECT sum(l.credit - l.debit) AS owed FROM journal_line l
         JOIN account a ON a.id = l.account_id WHERE a.code = '2100'`,
      )
      .get() as { owed: bigint }
    expect(payables.owed).toBe(101500n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('checks everything and writes nothing on a dry run', async () => {
    const { ctx } = await company()
    const before = salesSnapshot(ctx.path)
    expect(importBills(ctx, GOOD, { dryRun: true })).toMatchObject({ created: 2, problems: [] })
    expect(salesSnapshot(ctx.path)).toBe(before)
  })

  it('lists every bad line, a bill entered before, and posts nothing', async () => {
    const { ctx } = await company()
    expect(importBills(ctx, csv('S-881,2026-01-05,,Beans Ltd,W1,,1,60,,')).created).toBe(1)
    const problems = expectRefused(ctx, (c) =>
      importBills(
        c,
        csv(
          'S-881,2026-01-10,,Beans Ltd,W1,,1,,,',
          'X-1,2026-01-10,,Acme Ltd,W1,,1,,,',
          'X-2,2026-01-10,,Beans Ltd,,Misc,1,5,,',
          'X-3,2026-01-10,,,W1,,1,,,',
        ),
      ),
    )
    expect(problemLines(problems)).toEqual([
      'line 2, number: Bill S-881 of Beans Ltd is already in the books as BILL-A-000001',
      'line 3, supplier: Acme Ltd is not a supplier',
      'line 4, account: A line without a product needs the account it posts to',
      'line 5, supplier: The supplier is required',
    ])
  })
})
