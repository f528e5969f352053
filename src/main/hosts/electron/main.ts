/**
 * Electron's main process: one window, the engine in a utility process, and a single IPC
 * handler relaying `invoke(procedure, input)` from the preload to the engine.
 */
import path from 'node:path'
import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { installAppMenu } from './app-menu'
import { EngineClient } from './engine-client'
import { hardenSession } from './harden-session'
import { INVOKE_CHANNEL } from './ipc-protocol'
import { createMainWindow } from './main-window'
import { electronSqliteBinding } from './native-binding'
import { rendererLocation, type RendererLocation } from './renderer-location'

const mainDir = import.meta.dirname

function engineClient(): EngineClient {
  const nativeBinding = electronSqliteBinding()
  if (!nativeBinding)
    console.warn(
      'Daftar: no better-sqlite3 build for Electron in native/electron; ' +
        'run `node scripts/build-electron-sqlite.mjs` if companies fail to open.',
    )
  return new EngineClient(path.join(mainDir, 'engine-process.js'), {
    homeDir: process.env.DAFTAR_HOME ?? app.getPath('userData'),
    companiesDir: path.join(app.getPath('documents'), 'Daftar'),
    nativeBinding,
  })
}

function relayInvokes(engine: EngineClient, location: RendererLocation): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    (event: IpcMainInvokeEvent, procedure: unknown, input: unknown) => {
      const url = event.senderFrame?.url ?? ''
      if (!location.isAppUrl(url) || typeof procedure !== 'string')
        return {
          ok: false,
          error: { code: 'validation', message: 'Refused call', details: {}, problems: [] },
        }
      return engine.invoke(procedure, input)
    },
  )
}

async function run(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  await app.whenReady()
  const location = rendererLocation(mainDir)
  const preload = path.join(mainDir, '..', 'preload', 'index.cjs')
  const engine = engineClient()
  hardenSession(location)
  installAppMenu()
  relayInvokes(engine, location)

  let window = createMainWindow(location, preload)
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow(location, preload)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  let stopping = false
  app.on('before-quit', (event) => {
    if (stopping) return
    stopping = true
    event.preventDefault()
    void engine.stop().finally(() => app.quit())
  })
}

void run()
