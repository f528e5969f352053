import { ITEM_COLUMNS } from '../../../shared/domain/import-columns'
import type { ImportResult } from '../../../shared/domain/imports'
import { DaftarError, validationError, type ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { addBarcode } from '../inventory-items/barcodes'
import { createCategory, findCategory } from '../inventory-items/categories'
import { updateItemSettings } from '../inventory-items/item-settings'
import { setItemUnits } from '../inventory-items/item-units'
import { getItem, itemHasMoves } from '../inventory-items/stocked-item'
import { createProduct, getProduct, updateProduct } from '../products/products'
import { chartOfAccounts } from '../ledger/accounts'
import { csvImport } from './csv-import'
import type { CsvInput } from './csv-text'
import { refused } from './import-result'
import { readItemRow, type ItemRow } from './items-rows'
import { readCsv } from './read-csv'
import { FieldReader } from './sales-import-fields'
import { writeAll } from './sales-import-write'

/** Where a new item posts: the standard chart's sales and cost of sales. */
const NEW_ITEM_ACCOUNTS = { income: '4100', expense: '5100' } as const

/** The file's column for each field the services name. */
const COLUMN_OF: Record<string, string> = {
  code: 'code',
  name: 'name',
  unit: 'unit',
  salesPrice: 'sales_price',
  purchasePrice: 'purchase_price',
  valuation: 'valuation',
  categoryId: 'category',
  reorderLevel: 'reorder_level',
  reorderQuantity: 'reorder_quantity',
  lotTracked: 'lot_tracked',
}

/**
 * Imports stocked items from CSV, one a row (columns: ITEM_COLUMNS, all but code and name
 * optional, an empty cell keeping what the item has): a new code creates a stocked product (posting to 4100 and 5100), a known one updates
 * it, an empty cell keeps what the item has. Units ("box=12|case=144") are added or changed,
 * barcodes ("CODE|CODE:box") added. All or nothing: every bad line is listed.
 */
export function importItems(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean } = {},
): ImportResult {
  return csvImport(ctx, input, options, (text, dryRun) => {
    const { decimals } = ctx.settings()
    const problems: ImportProblem[] = []
    const rows: ItemRow[] = []
    const csv = readCsv(text, ITEM_COLUMNS, (fields, line) =>
      rows.push(readItemRow(fields, new FieldReader(line, problems), decimals)),
    )
    problems.push(...csv.problems, ...fileProblems(ctx, rows))
    if (problems.length > 0) return refused(dryRun, csv.rows, problems)
    const failed = writeAll(ctx, rows, {
      dryRun,
      write: (row) => writeItem(ctx, row),
      refused: (row, error) => [
        { line: row.line, field: error.details.field, message: error.message },
      ],
    })
    if (failed.length > 0) return refused(dryRun, csv.rows, failed)
    return { dryRun, rows: csv.rows, created: rows.length, problems: [] }
  })
}

/** What one row cannot know alone: codes twice in the file, barcodes held by other items. */
function fileProblems(ctx: CompanyContext, rows: ItemRow[]): ImportProblem[] {
  const problems: ImportProblem[] = []
  const products = new Map(
    ctx.q
      .all(ctx.db.selectFrom('product').select(['id', 'code', 'kind']))
      .map((row) => [row.code, row]),
  )
  const barcodeOwner = new Map(
    ctx.q
      .all(ctx.db.selectFrom('item_barcode').select(['code', 'product_id']))
      .map((row) => [row.code, row.product_id]),
  )
  const accounts = chartOfAccounts(ctx).byCode
  const missing = Object.values(NEW_ITEM_ACCOUNTS).filter((code) => !accounts.get(code))
  const codeLine = new Map<string, number>()
  const barcodeLine = new Map<string, { line: number; item: string }>()
  for (const row of rows) {
    const problem = (field: string, message: string) =>
      problems.push({ line: row.line, field, message })
    const earlier = codeLine.get(row.code)
    if (earlier !== undefined) problem('code', `Code ${row.code} is also on line ${earlier}`)
    else codeLine.set(row.code, row.line)
    const known = products.get(row.code)
    if (known && known.kind !== 'stocked')
      problem(
        'code',
        `${row.code} is a ${known.kind.replace('_', '-')} product, not a stocked item`,
      )
    if (!known && missing.length > 0)
      problem('code', `New items post to accounts ${missing.join(' and ')}, missing from the chart`)
    for (const { code } of row.barcodes) {
      const owner = barcodeOwner.get(code)
      if (owner !== undefined && owner !== known?.id)
        problem('barcodes', `Barcode ${code} already belongs to ${getProduct(ctx, owner).code}`)
      const other = barcodeLine.get(code)
      if (other && other.item !== row.code)
        problem('barcodes', `Barcode ${code} is also given to ${other.item} on line ${other.line}`)
      barcodeLine.set(code, { line: row.line, item: row.code })
    }
  }
  return problems
}

/** Runs `work`, naming `column` (or the column of the field the service named) in its error. */
function inColumn<T>(column: string | null, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (!(error instanceof DaftarError)) throw error
    const field = column ?? COLUMN_OF[error.details.field ?? ''] ?? error.details.field
    throw new DaftarError(error.code, error.message, { ...error.details, field })
  }
}

function writeItem(ctx: CompanyContext, row: ItemRow): void {
  const id = inColumn(null, () => writeProduct(ctx, row))
  const categoryId =
    row.category === undefined
      ? undefined
      : inColumn(
          'category',
          () => (findCategory(ctx, row.category!) ?? createCategory(ctx, row.category!)).id,
        )
  const item = inColumn(null, () =>
    updateItemSettings(ctx, id, {
      valuation: row.valuation,
      categoryId,
      reorderLevel: row.reorderLevel,
      reorderQuantity: row.reorderQuantity,
      lotTracked: row.lotTracked,
    }),
  )
  if (row.units.length > 0) {
    const units = new Map(item.units.map((unit) => [unit.unit.toLowerCase(), unit]))
    for (const unit of row.units) units.set(unit.unit.toLowerCase(), unit)
    inColumn('units', () => setItemUnits(ctx, id, [...units.values()]))
  }
  const held = new Set(getItem(ctx, id).barcodes.map((barcode) => barcode.code))
  for (const barcode of row.barcodes.filter((b) => !held.has(b.code)))
    inColumn('barcodes', () => addBarcode(ctx, { ...barcode, productId: id }))
}

/** Creates the stocked product, or updates a known one's name, unit and prices. */
function writeProduct(ctx: CompanyContext, row: ItemRow): string {
  const found = ctx.q.first(ctx.db.selectFrom('product').select('id').where('code', '=', row.code))
  if (!found) {
    const accounts = chartOfAccounts(ctx).byCode
    return createProduct(ctx, {
      code: row.code,
      name: row.name,
      kind: 'stocked',
      unit: row.unit ?? '',
      salesPrice: row.salesPrice ?? 0n,
      purchasePrice: row.purchasePrice ?? 0n,
      incomeAccountId: accounts.get(NEW_ITEM_ACCOUNTS.income)!.id,
      expenseAccountId: accounts.get(NEW_ITEM_ACCOUNTS.expense)!.id,
    }).id
  }
  const product = getProduct(ctx, found.id)
  const unit = row.unit ?? product.unit
  if (unit !== product.unit && itemHasMoves(ctx, product.id))
    throw validationError(
      'unit',
      `${product.code} already has stock moves counted in ${product.unit || 'its unit'}; the base unit cannot change`,
    )
  return updateProduct(ctx, product.id, {
    ...product,
    name: row.name,
    unit,
    salesPrice: row.salesPrice ?? product.salesPrice,
    purchasePrice: row.purchasePrice ?? product.purchasePrice,
  }).id
}
