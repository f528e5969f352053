import type { RpcResult } from '../../engine/rpc/dispatch'

/** The one IPC channel the preload may use: `invoke(procedure, input)`. */
export const INVOKE_CHANNEL = 'daftar:invoke'

/** Where the engine process finds its files; passed as one JSON argument at fork. */
export interface EngineConfig {
  homeDir: string
  companiesDir: string
  /** better-sqlite3 built for Electron's ABI, when one was found. */
  nativeBinding?: string
}

export const ENGINE_CONFIG_ARG = '--daftar-engine-config='

/** Main -> engine process. Values travel by structured clone, so bigints need no encoding. */
export type EngineRequest =
  { type: 'invoke'; id: number; procedure: string; input: unknown } | { type: 'shutdown' }

/** Engine process -> main. */
export type EngineReply = { type: 'result'; id: number; result: RpcResult }
