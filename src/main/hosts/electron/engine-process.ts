/**
 * The engine's process: an Electron utilityProcess holding the EngineSession, so a long report
 * or import never blocks the window. Started by EngineClient with its configuration as one
 * argument; answers `invoke` messages from the main process.
 */
import BetterSqlite3 from 'better-sqlite3'
import type { MessageEvent } from 'electron'
import { EngineSession } from '../../engine/session/engine-session'
import { createEngineService } from './engine-service'
import { ENGINE_CONFIG_ARG, type EngineConfig, type EngineRequest } from './ipc-protocol'

function readConfig(): EngineConfig {
  const arg = process.argv.find((item) => item.startsWith(ENGINE_CONFIG_ARG))
  if (!arg) throw new Error('The engine process was started without its configuration')
  return JSON.parse(arg.slice(ENGINE_CONFIG_ARG.length)) as EngineConfig
}

/** Says early, in the log, when SQLite cannot load under Electron, and what fixes it. */
function checkSqlite(nativeBinding: string | undefined): void {
  try {
    new BetterSqlite3(':memory:', nativeBinding ? { nativeBinding } : {}).close()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(
      `Daftar: SQLite could not load in Electron (${reason}). ` +
        'Build it for Electron with `node scripts/build-electron-sqlite.mjs`.',
    )
  }
}

function main(): void {
  const config = readConfig()
  checkSqlite(config.nativeBinding)
  const port = process.parentPort
  const handle = createEngineService(new EngineSession(config), port, () => process.exit(0))
  port.on('message', (event: MessageEvent) => void handle(event.data as EngineRequest))
}

main()
