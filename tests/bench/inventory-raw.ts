import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { timed, type Timing } from './inventory-timing'

/** The rows a stock posting writes that the raw insert writes too, in an order the keys accept. */
const TABLES = [
  'journal_line',
  'journal_entry',
  'stock_document',
  'stock_document_line',
  'stock_move',
] as const

/** Guards the raw insert lifts, as the ledger's raw insert does: it writes finished rows. */
const GUARDS = [
  'journal_line_posted_no_insert',
  'journal_entry_balanced_on_insert',
  'journal_entry_lock_date_on_insert',
  'stock_line_posted_no_insert',
]

/**
 * The floor the posting is measured against: the same stock_document, stock_document_line,
 * stock_move, journal_entry and journal_line rows the posting wrote in `posted` (read out before
 * timing), written with prepared statements in one transaction into `fresh`, a copy of the
 * company file taken before anything was posted (same items, warehouses and accounts). What the
 * posting adds is its own work: checking lines, valuing moves, on-hand and day figures, FIFO
 * layers, numbering, account balances, the change log and one transaction per document.
 */
export function rawInsertStock(posted: CompanyContext, fresh: CompanyContext): Timing {
  const rows = TABLES.map((table) => {
    const select = posted.sqlite.prepare(`SELECT * FROM ${table}`)
    const columns = select.columns().map((column) => column.name)
    const insert = fresh.sqlite.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    )
    return { insert, values: select.raw().all() as unknown[][] }
  })
  return timed(
    fresh.sqlite.transaction(() => {
      const saved = GUARDS.map(
        (name) =>
          (
            fresh.sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as {
              sql: string
            }
          ).sql,
      )
      for (const name of GUARDS) fresh.sqlite.exec(`DROP TRIGGER ${name}`)
      for (const { insert, values } of rows) for (const row of values) insert.run(...row)
      for (const sql of saved) fresh.sqlite.exec(sql)
    }),
  )
}
