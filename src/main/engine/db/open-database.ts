import fs from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, type Migration } from 'kysely'
import { DaftarError } from '../../../shared/errors'
import { MIGRATIONS } from './migrations'
import type { Database } from './schema'

export interface OpenedDatabase {
  sqlite: BetterSqlite3.Database
  db: Kysely<Database>
  /** The backup made before migrating, if migrations ran on an existing file. */
  backupPath: string | null
}

export interface OpenDatabaseOptions {
  /** Create the file if it does not exist. Opening a missing file is otherwise an error. */
  create?: boolean
  /** Path of an alternative better-sqlite3 native binding (the Electron build). */
  nativeBinding?: string
  /** The migrations to bring the file to; tests pass a longer list to exercise upgrades. */
  migrations?: Record<string, Migration>
}

const SQLITE_MAGIC = 'SQLite format 3\u0000'

/**
 * Opens a company file: refuses one written by a newer Daftar (untouched), backs the file up,
 * then runs pending migrations. WAL and foreign keys on; integers come back as exact bigints.
 */
export async function openDatabase(
  path: string,
  options: OpenDatabaseOptions = {},
): Promise<OpenedDatabase> {
  const exists = fs.existsSync(path)
  if (!exists && !options.create) {
    throw new DaftarError('not-found', `No company file at ${path}`, {
      what: 'company file',
      key: path,
    })
  }
  const migrations = options.migrations ?? MIGRATIONS
  const latest = Object.keys(migrations).length
  if (exists) assertCompanyFile(path, latest, options.nativeBinding)

  const sqlite = new BetterSqlite3(path, nativeBindingOption(options.nativeBinding))
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('cache_size = -65536')
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    const version = Number(sqlite.pragma('user_version', { simple: true }))
    let backupPath: string | null = null
    if (version < latest) {
      if (version > 0) backupPath = await backupBeforeMigrating(sqlite, path, version)
      await migrate(sqlite, db, migrations, latest)
    }
    sqlite.defaultSafeIntegers(true)
    return { sqlite, db, backupPath }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

function nativeBindingOption(nativeBinding: string | undefined): BetterSqlite3.Options {
  return nativeBinding ? { nativeBinding } : {}
}

/** Reads the file header and schema version read-only, so a foreign or newer file is never written. */
function assertCompanyFile(path: string, latest: number, nativeBinding: string | undefined): void {
  const header = Buffer.alloc(16)
  const fd = fs.openSync(path, 'r')
  const read = fs.readSync(fd, header, 0, 16, 0)
  fs.closeSync(fd)
  if (read > 0 && header.toString('latin1') !== SQLITE_MAGIC) {
    throw new DaftarError('company-file-invalid', `${path} is not a Daftar company file`, { path })
  }
  if (read === 0) return
  const probe = new BetterSqlite3(path, {
    readonly: true,
    fileMustExist: true,
    ...nativeBindingOption(nativeBinding),
  })
  try {
    const version = Number(probe.pragma('user_version', { simple: true }))
    if (version > latest) {
      throw new DaftarError(
        'company-file-too-new',
        `${path} was written by a newer version of Daftar (schema ${version}; this version knows ${latest}). Update Daftar to open it; the file was not changed.`,
        { path, fileVersion: version, knownVersion: latest },
      )
    }
  } finally {
    probe.close()
  }
}

async function backupBeforeMigrating(
  sqlite: BetterSqlite3.Database,
  path: string,
  version: number,
): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = `${path}.bak-v${version}-${stamp}`
  await sqlite.backup(target)
  return target
}

/**
 * Runs the pending migrations in one transaction, so a file killed mid-upgrade is left as it was.
 * Foreign keys are off while they run (a migration may rebuild a table others refer to, as SQLite's
 * documented procedure for table changes requires) and every reference is checked before commit.
 */
async function migrate(
  sqlite: BetterSqlite3.Database,
  db: Kysely<Database>,
  migrations: Record<string, Migration>,
  latest: number,
): Promise<void> {
  sqlite.pragma('foreign_keys = OFF')
  sqlite.exec('BEGIN IMMEDIATE')
  try {
    await runMigrations(db, migrations)
    const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[]
    if (broken.length > 0)
      throw new DaftarError(
        'company-file-invalid',
        `Upgrading the company file failed: ${broken.length} rows of ${broken[0]!.table} refer to missing ${broken[0]!.parent} rows`,
      )
    sqlite.pragma(`user_version = ${latest}`)
    sqlite.exec('COMMIT')
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
    throw error
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}

async function runMigrations(
  db: Kysely<Database>,
  migrations: Record<string, Migration>,
): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')
    throw new DaftarError(
      'company-file-invalid',
      `Upgrading the company file failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`,
    )
  }
}
