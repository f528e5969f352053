import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { setLockDate } from '../../src/main/engine/company/lock-date'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { importInvoices } from '../../src/main/engine/import/invoices-import'
import { getEntry } from '../../src/main/engine/ledger/journal'
import { setProductArchived } from '../../src/main/engine/products/products'
import { listDocuments } from '../../src/main/engine/sales/documents'
import { setSalesSettings } from '../../src/main/engine/sales/sales-settings'
import { salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'
import { customerForm, supplierForm } from '../helpers/contacts'
import { expectRefused, salesSnapshot } from './import-sales-fixture'

const HEADER =
  'number,date,due_date,customer,product,description,quantity,unit_price,tax_code,account'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

const GOOD = csv(
  'OLD-1,2026-01-10,,Acme Ltd,W1,,2,,,',
  'OLD-1,,,,,"Delivery, by van",1,15,none,4200',
  'OLD-2,2026-01-20,2026-02-05,acme ltd,W1,Widget (blue),1.5,80,VAT10,',
  'OLD-1,2026-01-10,,Acme Ltd,W1,,0.25,,,',
)

async function company() {
  const ctx = await tempCompany()
  return { ctx, ...salesSetup(ctx) }
}

describe('invoices import', () => {
  it('posts each invoice through the invoice service, keeping the source number as reference', async () => {
    const { ctx } = await company()
    expect(importInvoices(ctx, GOOD)).toEqual({ dryRun: false, rows: 4, created: 2, problems: [] })
    const [first, second] = listDocuments(ctx, 'invoice')
    expect(first).toMatchObject({
      number: 'INV-A-000001',
      reference: 'OLD-1',
      status: 'posted',
      date: '2026-01-10',
      dueDate: '2026-02-09', // the customer's 30 days
      // 2 widgets at 100.00 + 10% tax, delivery 15.00 untaxed, a quarter widget 25.00 + 2.50
      net: 20000n + 1500n + 2500n,
      tax: 2000n + 250n,
      gross: 22000n + 1500n + 2750n,
      outstanding: 26250n,
    })
    expect(first!.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.tax])).toEqual([
      ['Widget', 2000n, 10000n, 2000n],
      ['Delivery, by van', 1000n, 1500n, 0n],
      ['Widget', 250n, 10000n, 250n],
    ])
    expect(second).toMatchObject({
      number: 'INV-A-000002',
      reference: 'OLD-2',
      dueDate: '2026-02-05',
      gross: 13200n,
    })
    const entry = getEntry(ctx, first!.journalEntryId!)
    expect(entry.lines.map((l) => [l.accountCode, l.debit, l.credit])).toEqual(
      expect.arrayContaining([
        ['1200', 26250n, 0n],
        ['4200', 0n, 1500n],
      ]),
    )
    const posts = ctx.sqlite
      .prepare(
        "SELECT count(*) AS n FROM change_log WHERE entity = 'document' AND operation = 'post'",
      )
      .get() as { n: bigint }
    expect(posts.n).toBe(2n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('checks everything, posting included, and writes nothing on a dry run', async () => {
    const { ctx } = await company()
    const before = salesSnapshot(ctx.path)
    expect(importInvoices(ctx, GOOD, { dryRun: true })).toEqual({
      dryRun: true,
      rows: 4,
      created: 2,
      problems: [],
    })
    expect(salesSnapshot(ctx.path)).toBe(before)
    // What only posting finds is found on a dry run too.
    setLockDate(ctx, '2026-01-15')
    const locked = salesSnapshot(ctx.path)
    const result = importInvoices(ctx, GOOD, { dryRun: true })
    expect(problemLines(result.problems)).toEqual([
      'line 2, date: Invoice OLD-1 (lines 2, 3, 5): the books are locked up to 2026-01-15; this invoice is dated 2026-01-10',
    ])
    expect(result.created).toBe(0)
    expect(salesSnapshot(ctx.path)).toBe(locked)
  })

  it('lists every bad line with its field and reason, and posts nothing', async () => {
    const { ctx } = await company()
    createContact(ctx, supplierForm('Supplies Co'))
    createContact(ctx, customerForm('Twin'))
    createContact(ctx, customerForm('twin', { kind: 'person' }))
    const problems = expectRefused(ctx, (c) =>
      importInvoices(
        c,
        csv(
          ',2026-01-10,,Acme Ltd,W1,,1,,,',
          'A,2026-02-30,,Nobody,W1,,1,,,',
          'B,2026-01-10,2026-01-01,Supplies Co,W9,,0,,,',
          'C,2026-01-10,,Twin,,,-1,,,',
          'D,2026-01-10,,Acme Ltd,W1,,1.0001,1.234,GST,9999',
          'D,2026-01-11,,Other,W1,,abc,x,,',
          'E,,,Acme Ltd,W1,,1,,,',
          'F,2026-01-10,,Acme Ltd,W1,,1',
        ),
      ),
    )
    expect(problemLines(problems)).toEqual([
      'line 2, number: The invoice number (rows with the same number form one invoice) is required',
      'line 3, date: 2026-02-30 is not a real date (YYYY-MM-DD)',
      'line 3, customer: No contact is named Nobody',
      'line 4, due_date: The due date 2026-01-01 is before the invoice date 2026-01-10',
      'line 4, customer: Supplies Co is not a customer',
      'line 4, product: No product has the code W9',
      'line 4, quantity: The quantity must be more than zero, not 0',
      "line 5, customer: 2 contacts are named Twin; give the contact's id instead",
      'line 5, description: A line without a product needs a description',
      'line 5, quantity: The quantity must be more than zero, not -1',
      'line 5, unit_price: A line without a product needs a unit price',
      'line 6, quantity: 1.0001 has more than 3 decimals',
      'line 6, unit_price: 1.234 has more than 2 decimals, the most this currency has',
      'line 6, tax_code: No tax code GST',
      'line 6, account: No account has the code 9999',
      'line 7, date: Invoice D has the date 2026-01-10 on line 6, not 2026-01-11',
      'line 7, customer: Invoice D has the customer Acme Ltd on line 6, not Other',
      'line 7, quantity: abc is not a number (write it like 2 or 1.5)',
      'line 7, unit_price: x is not a number (write it like 1234.56, without thousands separators)',
      'line 8, date: The date is required',
      `line 9: Expected 10 fields (${HEADER}), found 7`,
    ])
  })

  it('refuses an archived product, and an invoice already imported', async () => {
    const { ctx, product } = await company()
    expect(importInvoices(ctx, GOOD).problems).toEqual([])
    setProductArchived(ctx, product.id, true)
    expect(problemLines(expectRefused(ctx, (c) => importInvoices(c, GOOD)))).toEqual([
      'line 2, number: Invoice OLD-1 of Acme Ltd is already in the books as INV-A-000001',
      'line 2, product: Product W1 is archived',
      'line 4, number: Invoice OLD-2 of acme ltd is already in the books as INV-A-000002',
      'line 4, product: Product W1 is archived',
      'line 5, product: Product W1 is archived',
    ])
  })

  it('lists what the invoice service refuses on the invoice, and posts none of the file', async () => {
    const { ctx } = await company()
    setSalesSettings(ctx, { creditLimitPolicy: 'refuse' })
    const limited = createContact(ctx, customerForm('Small Buyer', { creditLimit: 15000n }))
    const problems = expectRefused(ctx, (c) =>
      importInvoices(
        c,
        csv(
          'OK-1,2026-03-01,,Acme Ltd,W1,,1,,,',
          'S-1,2026-03-01,,Small Buyer,W1,,1,,,',
          'S-2,2026-03-02,,Small Buyer,W1,,1,,,',
          'Z-1,2026-03-02,,Acme Ltd,,Free sample,1,0,,',
        ),
      ),
    )
    expect(problemLines(problems)).toEqual([
      'line 4, customer: Invoice S-2 (line 4): Small Buyer would owe 220.00, over the credit limit of 150.00',
      'line 5: Invoice Z-1 (line 5): an invoice must come to more than zero',
    ])
    expect(listDocuments(ctx, 'invoice')).toEqual([])
    // The same limit lets through what fits under it.
    const fits = csv('S-1,2026-03-01,,Small Buyer,W1,,1,,,', 'OK-1,2026-03-01,,Acme Ltd,W1,,5,,,')
    expect(importInvoices(ctx, fits)).toMatchObject({ created: 2, problems: [] })
    expect(listDocuments(ctx, 'invoice', limited.id).map((d) => d.gross)).toEqual([11000n])
  })
})
