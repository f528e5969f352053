import { isIsoDate, today } from '../../../shared/dates'
import type { StockDocumentInput, StockLineInput } from '../../../shared/domain/inventory'
import { OPENING_STOCK_COLUMNS } from '../../../shared/domain/import-columns'
import type { ImportResult } from '../../../shared/domain/imports'
import { DaftarError, type ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { findBin } from '../inventory-items/bins'
import { recordStockDocuments } from '../inventory/bulk/record-documents'
import { recordStockDocument } from '../inventory/post'
import { csvImport } from './csv-import'
import type { CsvInput } from './csv-text'
import { refused } from './import-result'
import { readCsv } from './read-csv'
import { FieldReader } from './sales-import-fields'
import { writeAll } from './sales-import-write'

/** The file's column for each line field the stock document service names. */
const COLUMN_OF: Record<string, string> = {
  product: 'item',
  productId: 'item',
  unit: 'quantity',
  quantity: 'quantity',
  unitCost: 'unit_cost',
  lotNumber: 'lot',
  lotExpiry: 'expiry',
  binId: 'bin',
  date: 'date',
  warehouseId: 'warehouse',
}

/** One opening stock document: a warehouse on a date, with the file lines that fill it. */
interface OpeningDocument {
  warehouseId: string
  date: string
  lines: { line: number; input: StockLineInput }[]
}

interface Lookups {
  items: Map<string, { id: string; lotTracked: boolean }>
  warehouses: Map<string, { id: string; archived: boolean }>
}

/**
 * Imports opening stock from CSV (item code, warehouse code, quantity in the base unit, unit
 * cost in the base currency per base unit; optionally lot, expiry, bin and date, today when
 * empty). The rows of each warehouse and date become one posted opening stock document (Dr 1300
 * Inventory, Cr 3900 Opening balances). All or nothing: every bad line is listed.
 */
export function importOpeningStock(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean } = {},
): ImportResult {
  return csvImport(ctx, input, options, (text, dryRun) => {
    const { decimals } = ctx.settings()
    const lookups = readLookups(ctx)
    const problems: ImportProblem[] = []
    const documents = new Map<string, OpeningDocument>()
    const csv = readCsv(text, OPENING_STOCK_COLUMNS, (fields, line) => {
      const read = new FieldReader(line, problems)
      const row = readRow(ctx, fields, read, decimals, lookups)
      if (!row) return
      const key = `${row.warehouseId} ${row.date}`
      const document = documents.get(key) ?? { ...row, lines: [] }
      document.lines.push({ line, input: row.input })
      documents.set(key, document)
    })
    problems.push(...csv.problems)
    if (problems.length > 0) return refused(dryRun, csv.rows, problems)
    const records = [...documents.values()]
    // Posted together, in bulk; only when a document is refused are they tried one by one, so
    // that every bad line is listed.
    let stock = postedInBulk(ctx, records, dryRun)
    if (!stock) {
      const oneByOne = { moves: 0, value: 0n }
      const failed = writeAll(ctx, records, {
        dryRun,
        write: (document) => {
          const posted = movesOf(ctx, [recordStockDocument(ctx, openingInput(document)).id])
          oneByOne.moves += posted.moves
          oneByOne.value += posted.value
        },
        refused: refusedDocument,
      })
      if (failed.length > 0) return refused(dryRun, csv.rows, failed)
      stock = oneByOne
    }
    return { dryRun, rows: csv.rows, created: documents.size, problems: [], stock }
  })
}

type PostedStock = NonNullable<ImportResult['stock']>

/** How many stock moves the documents made, and their value. */
function movesOf(ctx: CompanyContext, documentIds: string[]): PostedStock {
  if (documentIds.length === 0) return { moves: 0, value: 0n }
  const row = ctx.q.first(
    ctx.db
      .selectFrom('stock_move')
      .select((eb) => [
        eb.fn.countAll<bigint>().as('moves'),
        eb.fn.sum<bigint | null>('value').as('value'),
      ])
      .where('document_id', 'in', documentIds),
  )
  return { moves: Number(row?.moves ?? 0n), value: row?.value ?? 0n }
}

function openingInput(document: OpeningDocument): StockDocumentInput {
  return {
    type: 'opening',
    date: document.date,
    warehouseId: document.warehouseId,
    memo: 'Opening stock (imported)',
    lines: document.lines.map((line) => line.input),
  }
}

class DryRunDone extends Error {
  constructor(readonly stock: PostedStock) {
    super('undo the dry run')
  }
}

/**
 * Posts every document in one bulk batch (undone on a dry run) and gives what it posted; null
 * when one is refused.
 */
function postedInBulk(
  ctx: CompanyContext,
  records: OpeningDocument[],
  dryRun: boolean,
): PostedStock | null {
  try {
    return ctx.transaction(() => {
      const stock = movesOf(ctx, recordStockDocuments(ctx, records.map(openingInput)))
      if (dryRun) throw new DryRunDone(stock)
      return stock
    })
  } catch (error) {
    if (error instanceof DryRunDone) return error.stock
    if (error instanceof DaftarError) return null
    throw error
  }
}

function readLookups(ctx: CompanyContext): Lookups {
  const items = ctx.q
    .all(
      ctx.db
        .selectFrom('product')
        .select(['id', 'code', 'lot_tracked'])
        .where('kind', '=', 'stocked'),
    )
    .map((row) => [row.code, { id: row.id, lotTracked: row.lot_tracked === 1n }] as const)
  const warehouses = ctx.q
    .all(ctx.db.selectFrom('warehouse').select(['id', 'code', 'archived']))
    .map((row) => [row.code.toLowerCase(), { id: row.id, archived: row.archived === 1n }] as const)
  return { items: new Map(items), warehouses: new Map(warehouses) }
}

function readRow(
  ctx: CompanyContext,
  fields: string[],
  read: FieldReader,
  decimals: number,
  lookups: Lookups,
): { warehouseId: string; date: string; input: StockLineInput } | null {
  const [itemCode, warehouseCode, quantityText, costText, lotText, expiryText, binText, dateText] =
    fields.map((field) => field.trim())
  const item = lookups.items.get(itemCode!)
  if (!itemCode) read.problem('item', 'The item code is required')
  else if (!item) read.problem('item', `No stocked item has the code ${itemCode}`)
  const warehouse = lookups.warehouses.get(warehouseCode!.toLowerCase())
  if (!warehouseCode) read.problem('warehouse', 'The warehouse code is required')
  else if (!warehouse) read.problem('warehouse', `No warehouse has the code ${warehouseCode}`)
  else if (warehouse.archived) read.problem('warehouse', `Warehouse ${warehouseCode} is archived`)
  const quantity = read.quantity(quantityText!, 'quantity')
  const unitCost = read.money(costText!, 'unit_cost', decimals)
  if (!costText)
    read.problem('unit_cost', 'The unit cost is required (0 for stock that cost nothing)')
  if (item?.lotTracked && !lotText)
    read.problem('lot', `${itemCode} is tracked by lot: give the lot number`)
  if (item && !item.lotTracked && lotText) read.problem('lot', `${itemCode} is not tracked by lot`)
  if (expiryText && !isIsoDate(expiryText))
    read.problem('expiry', `${expiryText} is not a real date (YYYY-MM-DD)`)
  if (expiryText && !lotText)
    read.problem('expiry', 'An expiry date belongs to a lot: give the lot')
  if (dateText && !isIsoDate(dateText))
    read.problem('date', `${dateText} is not a real date (YYYY-MM-DD)`)
  const bin = binText && warehouse ? findBin(ctx, warehouse.id, binText) : undefined
  if (binText && warehouse && !bin)
    read.problem('bin', `Warehouse ${warehouseCode} has no bin ${binText}`)
  if (!item || !warehouse || quantity === null || unitCost === null) return null
  return {
    warehouseId: warehouse.id,
    date: dateText || today(),
    input: {
      productId: item.id,
      quantity,
      unitCost,
      lotNumber: lotText || undefined,
      lotExpiry: expiryText || null,
      binId: bin?.id ?? null,
    },
  }
}

/** The service names `lines.N.field` for a line's fault; others belong to every line. */
function refusedDocument(document: OpeningDocument, error: DaftarError): ImportProblem[] {
  const field = error.details.field ?? ''
  const message = error.message.replace(/^Line \d+: /, '')
  const match = /^lines\.(\d+)\.(\w+)$/.exec(field)
  const at = match ? document.lines[Number(match[1])] : undefined
  if (at) return [{ line: at.line, field: COLUMN_OF[match![2]!] ?? match![2], message }]
  return document.lines.map(({ line }) => ({ line, field: COLUMN_OF[field], message }))
}
