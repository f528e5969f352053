import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'

export interface BackupOptions {
  /** Replace an existing file at the target. Without it an existing file is never touched. */
  overwrite?: boolean
  /** The better-sqlite3 native binding, when backing up a file by path in Electron. */
  nativeBinding?: string
}

export interface BackupResult {
  path: string
  bytes: number
}

/**
 * Copies a company, open or by path, to `toPath` with SQLite's online backup: a consistent copy
 * even while the company is in use. The copy is written beside the target, checked, and only
 * then given the target's name, so a failed backup never leaves a half-written file there.
 */
export async function backupCompany(
  source: CompanyContext | string,
  toPath: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const target = path.resolve(toPath)
  const sourcePath = path.resolve(typeof source === 'string' ? source : source.path)
  if (target === sourcePath)
    throw new DaftarError('validation', 'A backup cannot replace the company file itself', {
      field: 'to',
    })
  refuseExisting(target, options)
  if (!fs.existsSync(path.dirname(target)))
    throw new DaftarError('not-found', `The folder ${path.dirname(target)} does not exist`, {
      what: 'folder',
      key: path.dirname(target),
      field: 'to',
    })

  const partial = `${target}.partial-${process.pid}`
  const sqlite = typeof source === 'string' ? openForReading(sourcePath, options) : source.sqlite
  try {
    await sqlite.backup(partial)
    finishCopy(partial, options)
    if (options.overwrite) fs.renameSync(partial, target)
    else {
      // link() refuses an existing target, so a file that appeared meanwhile is not replaced.
      linkWithoutReplacing(partial, target, options)
      fs.rmSync(partial)
    }
    return { path: target, bytes: fs.statSync(target).size }
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`])
      fs.rmSync(leftover, { force: true })
    if (typeof source === 'string') sqlite.close()
  }
}

function refuseExisting(target: string, options: BackupOptions): void {
  if (fs.existsSync(target) && !options.overwrite)
    throw new DaftarError(
      'duplicate',
      `${target} already exists: choose another name, or ask to overwrite it`,
      { field: 'to' },
    )
}

function linkWithoutReplacing(from: string, to: string, options: BackupOptions): void {
  try {
    fs.linkSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuseExisting(to, options)
    throw error
  }
}

function openForReading(file: string, options: BackupOptions): BetterSqlite3.Database {
  if (!fs.existsSync(file))
    throw new DaftarError('not-found', `No company file at ${file}`, {
      what: 'company file',
      key: file,
    })
  const sqlite = new BetterSqlite3(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    sqlite.prepare('SELECT id FROM company LIMIT 1').get()
    return sqlite
  } catch {
    sqlite.close()
    throw new DaftarError('company-file-invalid', `${file} is not a Daftar company file`, {
      path: file,
    })
  }
}

/**
 * Makes the copy one self-contained file (the copy of a WAL database is itself in WAL mode, with
 * side files), then it must pass SQLite's quick check before it may be called a backup.
 */
function finishCopy(file: string, options: BackupOptions): void {
  const copy = new BetterSqlite3(file, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    copy.pragma('journal_mode = DELETE')
    const result = copy.pragma('quick_check', { simple: true })
    if (result !== 'ok')
      throw new DaftarError('integrity', `The backup copy failed SQLite's check: ${String(result)}`)
  } finally {
    copy.close()
  }
}
