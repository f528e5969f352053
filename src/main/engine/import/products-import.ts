import { PRODUCT_COLUMNS } from '../../../shared/domain/import-columns'
import type { ImportResult } from '../../../shared/domain/imports'
import type { ProductInput, ProductKind } from '../../../shared/domain/sales'
import type { ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { createProduct } from '../products/products'
import { chartOfAccounts, type ChartIndex } from '../ledger/accounts'
import { csvImport } from './csv-import'
import type { CsvInput } from './csv-text'
import { readCsv } from './read-csv'
import { FieldReader } from './sales-import-fields'
import { createEachRow } from './sales-import-write'

const KINDS: readonly ProductKind[] = ['stocked', 'non_stocked', 'service']

/** Where a product posts when the file leaves it empty: the standard chart's sales and cost of sales. */
const DEFAULT_ACCOUNTS = { income_account: '4100', expense_account: '5100' } as const

const COLUMN_OF: Record<string, string> = {
  code: 'code',
  name: 'name',
  salesPrice: 'sales_price',
  purchasePrice: 'purchase_price',
  taxCodeId: 'tax_code',
  incomeAccountId: 'income_account',
  expenseAccountId: 'expense_account',
}

interface ProductRow {
  line: number
  input: ProductInput
}

/** What a product import looks codes up in, read once. */
export interface ProductLookups {
  accounts: ChartIndex['byCode']
  taxCodes: Map<string, { id: string; archived: boolean }>
}

/**
 * Imports products and services from CSV, one a row (columns: PRODUCT_COLUMNS). Codes must be
 * new; tax codes and accounts are named by their codes and must exist. All or nothing: every bad
 * line is listed and, if there is any, nothing is created; otherwise every product is created
 * through the product service in one transaction.
 */
export function importProducts(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean } = {},
): ImportResult {
  return csvImport(ctx, input, options, (text, dryRun) => {
    const { decimals } = ctx.settings()
    const lookups: ProductLookups = {
      accounts: chartOfAccounts(ctx).byCode,
      taxCodes: taxCodeIndex(ctx),
    }
    const existing = new Set(
      ctx.q.all(ctx.db.selectFrom('product').select('code')).map((row) => row.code),
    )
    const problems: ImportProblem[] = []
    const products: ProductRow[] = []
    const seen = new Map<string, number>()
    const csv = readCsv(text, PRODUCT_COLUMNS, (fields, line) => {
      const row = readProductRow(fields, new FieldReader(line, problems), decimals, lookups)
      const code = row.input.code
      if (!code) return
      const earlier = seen.get(code)
      if (earlier !== undefined)
        problems.push({ line, field: 'code', message: `Code ${code} is also on line ${earlier}` })
      else if (existing.has(code))
        problems.push({ line, field: 'code', message: `There is already a product ${code}` })
      seen.set(code, earlier ?? line)
      products.push(row)
    })
    problems.push(...csv.problems)
    const file = { dryRun, rows: csv.rows, problems }
    return createEachRow(ctx, file, products, COLUMN_OF, (input) => createProduct(ctx, input))
  })
}

export function taxCodeIndex(ctx: CompanyContext): Map<string, { id: string; archived: boolean }> {
  return new Map(
    ctx.q
      .all(ctx.db.selectFrom('tax_code').select(['id', 'code', 'archived']))
      .map((row) => [row.code.toLowerCase(), { id: row.id, archived: row.archived === 1n }]),
  )
}

function readProductRow(
  fields: string[],
  read: FieldReader,
  decimals: number,
  lookups: ProductLookups,
): ProductRow {
  const [code, name, kind, unit, salesPrice, purchasePrice, taxCode, income, expense] = fields
  const account = (value: string, field: keyof typeof DEFAULT_ACCOUNTS): string => {
    const given = value.trim()
    const wanted = given || DEFAULT_ACCOUNTS[field]
    const found = lookups.accounts.get(wanted)
    if (!found)
      read.problem(
        field,
        given
          ? `No account has the code ${given}`
          : `Give the account: the default ${wanted} is not in this chart of accounts`,
      )
    else if (found.archived) read.problem(field, `Account ${wanted} is archived`)
    return found?.id ?? ''
  }
  return {
    line: read.line,
    input: {
      code: read.text(code!, 'code', 60, 'The product code'),
      name: read.text(name!, 'name', 200, 'The product name'),
      kind: read.choice(kind!, 'kind', KINDS),
      unit: read.text(unit!, 'unit', 20),
      salesPrice: read.money(salesPrice!, 'sales_price', decimals) ?? 0n,
      purchasePrice: read.money(purchasePrice!, 'purchase_price', decimals) ?? 0n,
      taxCodeId: taxCodeId(taxCode!, read, lookups.taxCodes),
      incomeAccountId: account(income!, 'income_account'),
      expenseAccountId: account(expense!, 'expense_account'),
    },
  }
}

/** A tax code by its code (any case); empty for none. */
export function taxCodeId(
  value: string,
  read: FieldReader,
  taxCodes: ProductLookups['taxCodes'],
  field = 'tax_code',
): string | null {
  const code = value.trim()
  if (!code) return null
  const found = taxCodes.get(code.toLowerCase())
  if (!found) read.problem(field, `No tax code ${code}`)
  else if (found.archived) read.problem(field, `Tax code ${code} is archived`)
  return found?.id ?? null
}
