/**
 * The renderer's only door to the engine: `window.daftar.invoke(procedure, input)`, answering
 * `{ ok, value }` or `{ ok: false, error }` exactly as the http host does. Sandboxed preloads
 * must be CommonJS, so this file is built to out/preload/index.cjs.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { INVOKE_CHANNEL } from './ipc-protocol'

contextBridge.exposeInMainWorld('daftar', {
  invoke: (procedure: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE_CHANNEL, procedure, input),
})
