import { utilityProcess, type UtilityProcess } from 'electron'
import type { RpcResult } from '../../engine/rpc/dispatch'
import type { ErrorCode } from '../../../shared/errors'
import {
  ENGINE_CONFIG_ARG,
  type EngineConfig,
  type EngineReply,
  type EngineRequest,
} from './ipc-protocol'

const SHUTDOWN_GRACE_MS = 3000

/**
 * The main process's handle on the engine process: forwards each `invoke` with a request id and
 * resolves it with the engine's reply. If the engine dies, pending calls get an error and the
 * next call starts a fresh engine (with no company open).
 */
export class EngineClient {
  private child: UtilityProcess | null = null
  private readonly pending = new Map<number, (result: RpcResult) => void>()
  private nextId = 1

  constructor(
    private readonly entry: string,
    private readonly config: EngineConfig,
  ) {}

  invoke(procedure: string, input: unknown): Promise<RpcResult> {
    const child = this.start()
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      const request: EngineRequest = { type: 'invoke', id, procedure, input }
      try {
        child.postMessage(request)
      } catch (error) {
        this.pending.delete(id)
        const reason = error instanceof Error ? error.message : String(error)
        resolve(failure('validation', `The input cannot be sent to the engine: ${reason}`))
      }
    })
  }

  /** Asks the engine to close the company cleanly, then kills it if it does not exit in time. */
  async stop(): Promise<void> {
    const child = this.child
    if (!child) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const shutdown: EngineRequest = { type: 'shutdown' }
    child.postMessage(shutdown)
    const timer = setTimeout(() => child.kill(), SHUTDOWN_GRACE_MS)
    await exited
    clearTimeout(timer)
  }

  private start(): UtilityProcess {
    if (this.child) return this.child
    const child = utilityProcess.fork(
      this.entry,
      [ENGINE_CONFIG_ARG + JSON.stringify(this.config)],
      {
        serviceName: 'Daftar engine',
        stdio: 'inherit',
      },
    )
    child.on('message', (message: EngineReply) => {
      const resolve = this.pending.get(message.id)
      this.pending.delete(message.id)
      resolve?.(message.result)
    })
    child.once('exit', (code) => {
      if (this.child === child) this.child = null
      for (const resolve of this.pending.values())
        resolve(failure('integrity', `The engine stopped unexpectedly (exit code ${code}).`))
      this.pending.clear()
    })
    this.child = child
    return child
  }
}

function failure(code: ErrorCode, message: string): RpcResult {
  return { ok: false, error: { code, message, details: {}, problems: [] } }
}
