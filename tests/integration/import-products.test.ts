import { describe, expect, it } from 'vitest'
import { importProducts } from '../../src/main/engine/import/products-import'
import { setAccountArchived } from '../../src/main/engine/ledger/accounts'
import { createProduct, listProducts } from '../../src/main/engine/products/products'
import { createVat10 } from '../helpers/sales-fixture'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { accountId, tempCompany } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'
import { expectRefused, salesSnapshot } from './import-sales-fixture'

const HEADER =
  'code,name,kind,unit,sales_price,purchase_price,tax_code,income_account,expense_account'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

const GOOD = csv(
  'W1,Widget,stocked,pc,10.50,6,VAT10,,',
  'SVC,"Repair, per hour",service,h,45,,,4200,6400',
  'BOX,Gift box,non-stocked,,2,1.25,vat10,4100,5100',
)

async function company(): Promise<CompanyContext> {
  const ctx = await tempCompany()
  createVat10(ctx)
  return ctx
}

describe('products import', () => {
  it('creates every product with its prices, tax code and accounts', async () => {
    const ctx = await company()
    expect(importProducts(ctx, GOOD)).toEqual({ dryRun: false, rows: 3, created: 3, problems: [] })
    const vat = ctx.sqlite.prepare("SELECT id FROM tax_code WHERE code = 'VAT10'").get() as {
      id: string
    }
    expect(
      listProducts(ctx).map((p) => [
        p.code,
        p.name,
        p.kind,
        p.unit,
        p.salesPrice,
        p.purchasePrice,
        p.taxCodeId,
        p.incomeAccountId,
        p.expenseAccountId,
      ]),
    ).toEqual([
      [
        'BOX',
        'Gift box',
        'non_stocked',
        '',
        200n,
        125n,
        vat.id,
        accountId(ctx, '4100'),
        accountId(ctx, '5100'),
      ],
      [
        'SVC',
        'Repair, per hour',
        'service',
        'h',
        4500n,
        0n,
        null,
        accountId(ctx, '4200'),
        accountId(ctx, '6400'),
      ],
      [
        'W1',
        'Widget',
        'stocked',
        'pc',
        1050n,
        600n,
        vat.id,
        accountId(ctx, '4100'),
        accountId(ctx, '5100'),
      ],
    ])
    const logged = ctx.sqlite
      .prepare(
        "SELECT count(*) AS n FROM change_log WHERE entity = 'product' AND operation = 'create'",
      )
      .get() as { n: bigint }
    expect(logged.n).toBe(3n)
  })

  it('checks everything and writes nothing on a dry run', async () => {
    const ctx = await company()
    const before = salesSnapshot(ctx.path)
    expect(importProducts(ctx, GOOD, { dryRun: true })).toEqual({
      dryRun: true,
      rows: 3,
      created: 3,
      problems: [],
    })
    expect(
      problemLines(importProducts(ctx, csv('X,,service,,,,,,'), { dryRun: true }).problems),
    ).toEqual(['line 2, name: The product name is required'])
    expect(salesSnapshot(ctx.path)).toBe(before)
  })

  it('lists every bad line with its field and reason, and creates nothing', async () => {
    const ctx = await company()
    createProduct(ctx, {
      code: 'OLD',
      name: 'Old one',
      kind: 'service',
      incomeAccountId: accountId(ctx, '4100'),
      expenseAccountId: accountId(ctx, '5100'),
    })
    setAccountArchived(ctx, accountId(ctx, '6500'), true)
    const problems = expectRefused(ctx, (c) =>
      importProducts(
        c,
        csv(
          ',No code,service,,,,,,',
          'A,Thing,gadget,,1.234,x,,,',
          'B,Thing,service,,-2,,GST,9999,6500',
          'OLD,Again,service,,,,,,',
          'C,One,service,,,,,,',
          'C,Two,service,,,,,,',
          'D,Short row',
        ),
      ),
    )
    expect(problemLines(problems)).toEqual([
      'line 2, code: The product code is required',
      'line 3, kind: gadget is not one of stocked, non-stocked, service',
      'line 3, sales_price: 1.234 has more than 2 decimals, the most this currency has',
      'line 3, purchase_price: x is not a number (write it like 1234.56, without thousands separators)',
      'line 4, sales_price: -2 cannot be negative',
      'line 4, tax_code: No tax code GST',
      'line 4, income_account: No account has the code 9999',
      'line 4, expense_account: Account 6500 is archived',
      'line 5, code: There is already a product OLD',
      'line 7, code: Code C is also on line 6',
      `line 8: Expected 9 fields (${HEADER}), found 2`,
    ])
  })

  it('asks for the accounts when the chart has no default ones', async () => {
    const ctx = await tempCompany({ chart: 'none' })
    expect(
      problemLines(expectRefused(ctx, (c) => importProducts(c, csv('A,Thing,service,,,,,,')))),
    ).toEqual([
      'line 2, income_account: Give the account: the default 4100 is not in this chart of accounts',
      'line 2, expense_account: Give the account: the default 5100 is not in this chart of accounts',
    ])
  })

  it('refuses a wrong header', async () => {
    const ctx = await company()
    const problems = expectRefused(ctx, (c) => importProducts(c, 'code,name\nA,B\n'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 1, field: 'header' })
  })
})
