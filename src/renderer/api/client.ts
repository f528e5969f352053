import type { Input, Output, ProcedureName } from '../../shared/rpc/contract'
import { fromWire, toWire } from '../../shared/rpc/wire'
import { isSerializedError, type SerializedError } from '../../shared/errors'
import { RpcError } from './rpc-error'

type RpcResult = { ok: true; value: unknown } | { ok: false; error: SerializedError }

/** What Electron's preload exposes; over IPC bigints arrive as bigints (structured clone). */
export interface DaftarBridge {
  invoke(name: string, input: unknown): Promise<RpcResult>
}

/** How a result reaches the client: the preload in Electron, HTTP in a browser. */
export type Transport = (name: string, input: unknown) => Promise<RpcResult>

export type Invoke = <K extends ProcedureName>(name: K, input: Input<K>) => Promise<Output<K>>

export function bridgeTransport(bridge: DaftarBridge): Transport {
  return (name, input) => bridge.invoke(name, input)
}

export function httpTransport(fetcher: typeof fetch, base = ''): Transport {
  return async (name, input) => {
    const response = await fetcher(`${base}/rpc/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: toWire(input ?? {}),
    })
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = fromWire(text)
    } catch {
      return failure(`The server answered ${response.status} with something that is not JSON`)
    }
    if (isRpcResult(parsed)) return parsed
    if (isSerializedError(parsed)) return { ok: false, error: parsed }
    if (!response.ok) return failure(`The server answered ${response.status}`)
    return { ok: true, value: parsed }
  }
}

/** A typed `invoke` over a transport: a renamed procedure breaks the build, not the user. */
export function createInvoke(transport: Transport): Invoke {
  return async <K extends ProcedureName>(name: K, input: Input<K>): Promise<Output<K>> => {
    let result: RpcResult
    try {
      result = await transport(name, input)
    } catch (error) {
      result = failure(error instanceof Error ? error.message : String(error))
    }
    if (!result.ok) throw new RpcError(result.error)
    return result.value as Output<K>
  }
}

/** The transport for where the renderer runs: the preload when present, else the http host. */
export function defaultInvoke(host: { daftar?: DaftarBridge; fetch: typeof fetch }): Invoke {
  return createInvoke(
    host.daftar ? bridgeTransport(host.daftar) : httpTransport(host.fetch.bind(host)),
  )
}

function isRpcResult(value: unknown): value is RpcResult {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const result = value as { ok: unknown; error?: unknown }
  return (
    (result.ok === true && 'value' in result) ||
    (result.ok === false && isSerializedError(result.error))
  )
}

function failure(message: string): RpcResult {
  return { ok: false, error: { code: 'integrity', message, details: {}, problems: [] } }
}
