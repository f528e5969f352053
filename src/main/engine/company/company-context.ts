import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely, Selectable } from 'kysely'
import { ChangeLog } from '../changelog/change-log'
import { HybridLogicalClock } from '../changelog/hlc'
import { Statements } from '../db/statements'
import { StableRows } from './stable-rows'
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
  /** The company row and the chart of accounts as postings read them, kept between transactions. */
  readonly stable: StableRows

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
    this.stable = new StableRows(sqlite)
  }

  /** Runs `work` in one SQLite transaction: all of it is written, or none of it. */
  transaction<T>(work: () => T): T {
    try {
      return this.sqlite.transaction(work).immediate()
    } finally {
      this.stable.settle()
    }
  }

  /** The company's settings; the same object until the company row changes (do not modify it). */
  settings(): CompanySettings {
    return this.stable.get('settings', () => {
      const row = this.q.prepare('SELECT * FROM company').get() as
        Selectable<CompanyTable> | undefined
      if (!row) throw new Error('The company file has no company row')
      return Object.freeze(toSettings(row))
    })
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
