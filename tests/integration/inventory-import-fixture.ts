import BetterSqlite3 from 'better-sqlite3'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import type { ImportResult } from '../../src/shared/domain/imports'
import { salesSnapshot } from './import-sales-fixture'

const STOCK_TABLES = [
  'item_category',
  'item_unit',
  'item_barcode',
  'lot',
  'stock_document',
  'stock_document_line',
  'stock_move',
  'stock_on_hand',
  'stock_item_day',
  'change_log',
]

/** The books, the sales tables and every stock table: what a refused import must not move. */
function stockSnapshot(file: string): string {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    const tables = STOCK_TABLES.map((table) => sqlite.prepare(`SELECT * FROM ${table}`).all())
    return (
      salesSnapshot(file) +
      JSON.stringify(tables, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
    )
  } finally {
    sqlite.close()
  }
}

/** Runs an import expecting a refusal, checks nothing moved, and gives the problems. */
export function expectStockRefused(
  ctx: CompanyContext,
  run: (ctx: CompanyContext) => ImportResult,
): ImportResult['problems'] {
  const before = stockSnapshot(ctx.path)
  const result = run(ctx)
  if (result.problems.length === 0) throw new Error('The import was not refused')
  if (result.created !== 0) throw new Error('A refused import reports something created')
  if (stockSnapshot(ctx.path) !== before) throw new Error('A refused import changed the file')
  return result.problems
}
