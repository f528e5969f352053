import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely, Selectable } from 'kysely'
import { ChangeLog } from '../changelog/change-log'
import { HybridLogicalClock } from '../changelog/hlc'
import { Statements } from '../db/statements'
import type { CompanySettings } from '../../../shared/domain/company'
import type { CompanyTable, Database } from '../db/schema'

/**
 * One open company file: its connection, query runner, clock, change log and settings. Every
 * service takes one of these; nothing in the engine keeps module-level state.
 */
export class CompanyContext {
  readonly q: Statements
  readonly changes: ChangeLog
  readonly clock: HybridLogicalClock

  constructor(
    readonly path: string,
    readonly sqlite: BetterSqlite3.Database,
    readonly db: Kysely<Database>,
    readonly deviceId: string,
    readonly userName: string,
  ) {
    this.q = new Statements(sqlite)
    this.clock = new HybridLogicalClock(deviceId)
    this.changes = new ChangeLog(this.q, this.clock, { userName, deviceId })
  }

  /** Runs `work` in one SQLite transaction: all of it is written, or none of it. */
  transaction<T>(work: () => T): T {
    return this.sqlite.transaction(work).immediate()
  }

  settings(): CompanySettings {
    // Raw and cached: every posting reads the settings, and Kysely's compile would be most of it.
    const row = this.q.prepare('SELECT * FROM company').get() as
      Selectable<CompanyTable> | undefined
    if (!row) throw new Error('The company file has no company row')
    return toSettings(row)
  }

  get decimals(): number {
    return this.settings().decimals
  }

  close(): void {
    if (this.sqlite.open) this.sqlite.close()
  }
}

function toSettings(row: Selectable<CompanyTable>): CompanySettings {
  return {
    id: row.id,
    name: row.name,
    currency: row.base_currency,
    decimals: Number(row.currency_decimals),
    fiscalYearStart: row.fiscal_year_start,
    locale: row.locale,
    lockDate: row.lock_date,
  }
}
