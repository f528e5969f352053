import fs from 'node:fs'
import path from 'node:path'
import { app } from 'electron'

/**
 * better-sqlite3 built for Electron's ABI (scripts/build-electron-sqlite.mjs). The copy in
 * node_modules is built for Node (tests, CLI, http host) and cannot load in Electron. Packaged,
 * electron-builder ships it in resources/native/electron; from the repository it sits in
 * native/electron. Undefined when it was never built.
 */
export function electronSqliteBinding(): string | undefined {
  const base = app.isPackaged ? process.resourcesPath : app.getAppPath()
  const file = path.join(base, 'native', 'electron', 'better_sqlite3.node')
  return fs.existsSync(file) ? file : undefined
}
