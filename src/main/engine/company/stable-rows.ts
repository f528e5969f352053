import type BetterSqlite3 from 'better-sqlite3'

/** The tables whose rows every posting reads and which hardly ever change. */
const TABLES = ['company', 'account'] as const
const CHANGED = 'daftar_stable_rows_changed'

/**
 * Values worked out from the company row and the chart of accounts, kept in memory between
 * transactions: every posted document and entry reads its settings, control account and the
 * accounts it names, and those reads were a tenth of posting an invoice.
 *
 * A value is dropped the moment its rows may have changed:
 * - a write to those tables on this connection, by any path (a service, an import, raw SQL),
 *   fires a temporary trigger (kept in this connection only, never in the file) that drops all;
 * - a commit by another connection changes `PRAGMA data_version`, checked on every read;
 * - while a write on this connection is not yet committed, values are worked out but not kept,
 *   so a rollback can never leave one behind that the file does not hold.
 */
export class StableRows {
  private readonly values = new Map<string, unknown>()
  private readonly dataVersion: BetterSqlite3.Statement
  private seenVersion: unknown = undefined
  /** A write to the tables on this connection that may not be committed yet. */
  private pending = false

  constructor(private readonly sqlite: BetterSqlite3.Database) {
    sqlite.function(CHANGED, { deterministic: false }, () => {
      this.values.clear()
      this.pending = true
      return null
    })
    for (const table of TABLES)
      for (const event of ['INSERT', 'UPDATE', 'DELETE'])
        sqlite.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${table}_${event.toLowerCase()}_stable
          AFTER ${event} ON main.${table} BEGIN SELECT ${CHANGED}(); END`)
    this.dataVersion = sqlite.prepare('PRAGMA data_version').pluck()
  }

  /** The value kept under `key`, worked out by `load` when there is none that still holds. */
  get<T>(key: string, load: () => T): T {
    const version = this.dataVersion.get()
    if (version !== this.seenVersion) {
      this.values.clear()
      this.seenVersion = version
    }
    this.settle()
    if (this.values.has(key)) return this.values.get(key) as T
    const value = load()
    if (!this.pending) this.values.set(key, value)
    return value
  }

  /** Called when a transaction ends: once nothing is open, any write is committed or undone. */
  settle(): void {
    if (this.pending && !this.sqlite.inTransaction) this.pending = false
  }
}
