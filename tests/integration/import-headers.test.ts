import { describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { importBills } from '../../src/main/engine/import/bills-import'
import { importContacts } from '../../src/main/engine/import/contacts-import'
import { importAccounts } from '../../src/main/engine/import/import-accounts'
import { importJournal } from '../../src/main/engine/import/import-journal'
import { importInvoices } from '../../src/main/engine/import/invoices-import'
import { importItems } from '../../src/main/engine/import/items-import'
import { importOpeningStock } from '../../src/main/engine/import/opening-stock-import'
import { importProducts } from '../../src/main/engine/import/products-import'
import { createProduct } from '../../src/main/engine/products/products'
import type { ImportResult } from '../../src/shared/domain/imports'
import { supplierForm } from '../helpers/contacts'
import { problemLines } from '../helpers/import-problems'
import { salesSetup } from '../helpers/sales-fixture'
import { accountId, tempCompany } from '../helpers/temp-company'
import { onHandOf, stockItem } from './inventory-fixture'
import { expectStockRefused } from './inventory-import-fixture'

/** One kind of import, with a file naming only its required columns, not in the help's order. */
interface Kind {
  kind: string
  run: (ctx: CompanyContext, csv: string) => ImportResult
  setup?: (ctx: CompanyContext) => void
  header: string[]
  rows: string[][]
  /** The required column the refusals below misspell, leave out or repeat: the first if absent. */
  column?: string
  /** What the import made, read back: each field landed in its own column. */
  made: (ctx: CompanyContext) => unknown
  expected: unknown
}

const all = (ctx: CompanyContext, sql: string) => ctx.sqlite.prepare(sql).all()

const KINDS: Kind[] = [
  {
    kind: 'accounts',
    run: importAccounts,
    header: ['type', 'name', 'code'],
    rows: [['expense', 'Projects', '7000']],
    made: (ctx) => all(ctx, "SELECT name, type FROM account WHERE code = '7000'"),
    expected: [{ name: 'Projects', type: 'expense' }],
  },
  {
    kind: 'journal',
    run: importJournal,
    header: ['credit', 'account', 'reference', 'debit', 'date'],
    rows: [
      ['', '1120', 'OPEN-1', '50', '2026-01-02'],
      ['50', '3100', 'OPEN-1', '', '2026-01-02'],
    ],
    made: (ctx) => all(ctx, 'SELECT date, reference FROM journal_entry'),
    expected: [{ date: '2026-01-02', reference: 'OPEN-1' }],
  },
  {
    kind: 'contacts',
    run: importContacts,
    header: ['supplier', 'name'],
    rows: [['yes', 'Parts Co']],
    column: 'name',
    made: (ctx) => all(ctx, 'SELECT name, is_customer, is_supplier FROM contact'),
    expected: [{ name: 'Parts Co', is_customer: 0n, is_supplier: 1n }],
  },
  {
    kind: 'products',
    run: importProducts,
    header: ['kind', 'name', 'code'],
    rows: [['service', 'Repairs', 'R1']],
    made: (ctx) => all(ctx, 'SELECT code, name, kind FROM product'),
    expected: [{ code: 'R1', name: 'Repairs', kind: 'service' }],
  },
  {
    kind: 'invoices',
    run: importInvoices,
    setup: (ctx) => salesSetup(ctx),
    header: ['product', 'quantity', 'customer', 'date', 'number'],
    rows: [['W1', '2', 'Acme Ltd', '2026-01-10', 'OLD-1']],
    column: 'customer',
    made: (ctx) =>
      all(ctx, "SELECT reference, date, status, net FROM document WHERE type='invoice'"),
    expected: [{ reference: 'OLD-1', date: '2026-01-10', status: 'posted', net: 20000n }],
  },
  {
    kind: 'bills',
    run: importBills,
    setup: (ctx) => {
      createContact(ctx, supplierForm('Parts Co'))
      createProduct(ctx, {
        code: 'FIX',
        name: 'Repairs',
        kind: 'service',
        purchasePrice: 4000n,
        incomeAccountId: accountId(ctx, '4100'),
        expenseAccountId: accountId(ctx, '5100'),
      })
    },
    header: ['supplier', 'number', 'product', 'date', 'quantity'],
    rows: [['Parts Co', 'S-9', 'FIX', '2026-01-12', '1']],
    made: (ctx) => all(ctx, "SELECT reference, date, status, net FROM document WHERE type='bill'"),
    expected: [{ reference: 'S-9', date: '2026-01-12', status: 'posted', net: 4000n }],
  },
  {
    kind: 'items',
    run: importItems,
    header: ['name', 'code'],
    rows: [['Green tea', 'TEA']],
    made: (ctx) => all(ctx, 'SELECT code, name, kind FROM product'),
    expected: [{ code: 'TEA', name: 'Green tea', kind: 'stocked' }],
  },
  {
    kind: 'opening-stock',
    run: importOpeningStock,
    setup: (ctx) => void stockItem(ctx, 'W1'),
    header: ['unit_cost', 'quantity', 'warehouse', 'item'],
    rows: [['5.00', '10', 'MAIN', 'W1']],
    made: (ctx) => {
      const id = all(ctx, "SELECT id FROM product WHERE code = 'W1'")[0] as { id: string }
      return onHandOf(ctx, id.id)
    },
    expected: 10_000n,
  },
]

const csv = (header: string[], rows: string[][]) =>
  [header, ...rows].map((cells) => cells.join(',')).join('\n') + '\n'

/** `word` with its second and third letters swapped: a typo one edit away. */
const typo = (word: string) =>
  word.slice(0, 1) + word.slice(2, 3) + word.slice(1, 2) + word.slice(3)

async function company(kind: Kind): Promise<CompanyContext> {
  const ctx = await tempCompany()
  kind.setup?.(ctx)
  return ctx
}

describe.each(KINDS)('the $kind import header', (kind) => {
  const first = kind.column ?? kind.header[0]!
  const at = kind.header.indexOf(first)
  const without = (cells: string[]) => cells.filter((_, i) => i !== at)

  it('takes only the required columns, in another order, in any case and with spaces', async () => {
    const ctx = await company(kind)
    const header = kind.header.map((name, i) => (i === 0 ? ` ${name.toUpperCase()} ` : name))
    expect(kind.run(ctx, csv(header, kind.rows))).toMatchObject({ created: 1, problems: [] })
    expect(kind.made(ctx)).toEqual(kind.expected)
    ctx.close()
  })

  it('refuses an unknown column, suggesting the nearest, and writes nothing', async () => {
    const ctx = await company(kind)
    const header = kind.header.map((name) => (name === first ? typo(name) : name))
    const problems = expectStockRefused(ctx, (c) => kind.run(c, csv(header, kind.rows)))
    expect(problemLines(problems)).toEqual([
      `line 1, header: ${typo(first)}: not a column; did you mean ${first}?`,
    ])
    ctx.close()
  })

  it('refuses a file without a required column, naming it, and writes nothing', async () => {
    const ctx = await company(kind)
    const rows = kind.rows.map(without)
    const problems = expectStockRefused(ctx, (c) => kind.run(c, csv(without(kind.header), rows)))
    expect(problemLines(problems)).toEqual([
      `line 1, header: ${first}: missing from the header; this column is required`,
    ])
    ctx.close()
  })

  it('refuses a column named twice, and writes nothing', async () => {
    const ctx = await company(kind)
    const header = [...kind.header, first.toUpperCase()]
    const rows = kind.rows.map((row) => [...row, row[at]!])
    const problems = expectStockRefused(ctx, (c) => kind.run(c, csv(header, rows)))
    expect(problemLines(problems)).toEqual([
      `line 1, header: ${first}: named twice in the header (columns ${at + 1} and ${header.length})`,
    ])
    ctx.close()
  })
})

describe('an import header', () => {
  it('needs one column of a group: customer or supplier, product or description', async () => {
    const ctx = await tempCompany()
    salesSetup(ctx)
    const contacts = expectStockRefused(ctx, (c) => importContacts(c, 'name,email\nA,a@b.test\n'))
    expect(problemLines(contacts)).toEqual([
      'line 1, header: customer or supplier: missing from the header; at least one of these columns is required',
    ])
    const invoice = 'number,date,customer,quantity\nOLD-1,2026-01-10,Acme Ltd,1\n'
    expect(problemLines(expectStockRefused(ctx, (c) => importInvoices(c, invoice)))).toEqual([
      'line 1, header: product or description: missing from the header; at least one of these columns is required',
    ])
    const described =
      'number,customer,date,description,unit_price,quantity\nOLD-1,Acme Ltd,2026-01-10,Fee,9,1\n'
    expect(importInvoices(ctx, described)).toMatchObject({ created: 1, problems: [] })
    ctx.close()
  })

  it('lists every wrong column at once, and names the columns when none is close', async () => {
    const ctx = await tempCompany()
    const header = 'name,emial,customer,,Name,colour'
    expect(
      problemLines(
        expectStockRefused(ctx, (c) => importContacts(c, `${header}\nA,a@b.test,yes,,A,red\n`)),
      ),
    ).toEqual([
      'line 1, header: emial: not a column; did you mean email?',
      'line 1, header: Column 4 of the header has no name: name it (name,kind,customer,supplier,tax_id,payment_terms_days,credit_limit,currency,person,email,phone,address,city,postal_code,country,tags,customer_group) or remove it',
      'line 1, header: name: named twice in the header (columns 1 and 5)',
      'line 1, header: colour: not a column; the columns are name, customer or supplier, and optionally kind, tax_id, payment_terms_days, credit_limit, currency, person, email, phone, address, city, postal_code, country, tags, customer_group',
    ])
    ctx.close()
  })

  it('suggests the column a short form or other spacing means', async () => {
    const ctx = await tempCompany()
    salesSetup(ctx)
    const file =
      'number,Date,Due Date,customer,product,qty,unit price\nA,2026-01-10,,Acme Ltd,W1,1,5\n'
    expect(problemLines(expectStockRefused(ctx, (c) => importInvoices(c, file)))).toEqual([
      'line 1, header: Due Date: not a column; did you mean due_date?',
      'line 1, header: qty: not a column; did you mean quantity?',
      'line 1, header: unit price: not a column; did you mean unit_price?',
    ])
    ctx.close()
  })

  it('takes a first line with no column at all for a missing header', async () => {
    const ctx = await tempCompany()
    const problems = expectStockRefused(ctx, (c) => importItems(c, 'TEA,Green tea\n'))
    expect(problemLines(problems)).toEqual([
      'line 1, header: The first line must be the header code,name,unit,sales_price,purchase_price,valuation,category,reorder_level,reorder_quantity,lot_tracked,barcodes,units (in any order; required: code, name)',
    ])
    ctx.close()
  })
})
