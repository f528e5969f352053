import BetterSqlite3 from 'better-sqlite3'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import type { ImportResult } from '../../src/shared/domain/imports'
import { booksSnapshot } from '../fixtures/books'

const SALES_TABLES = [
  'contact',
  'contact_address',
  'contact_person',
  'tax_code',
  'product',
  'document',
  'document_line',
  'payment',
  'receivable_item',
  'receivable_settlement',
]

/** The books and every sales table, in full: what a refused import or a dry run must not move. */
export function salesSnapshot(file: string): string {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    const tables = SALES_TABLES.map((table) =>
      sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
    )
    return (
      booksSnapshot(file) +
      JSON.stringify(tables, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
    )
  } finally {
    sqlite.close()
  }
}

/** Runs an import expecting a refusal, checks nothing moved, and gives the problems. */
export function expectRefused(
  ctx: CompanyContext,
  run: (ctx: CompanyContext) => ImportResult,
): ImportResult['problems'] {
  const before = salesSnapshot(ctx.path)
  const result = run(ctx)
  if (result.problems.length === 0) throw new Error('The import was not refused')
  if (result.created !== 0) throw new Error('A refused import reports something created')
  if (salesSnapshot(ctx.path) !== before) throw new Error('A refused import changed the file')
  return result.problems
}
