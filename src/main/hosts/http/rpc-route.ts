import type { IncomingMessage, ServerResponse } from 'node:http'
import { dispatch, type RpcResult } from '../../engine/rpc/dispatch'
import type { EngineSession } from '../../engine/session/engine-session'
import type { ErrorCode } from '../../../shared/errors'
import { fromWire, toWire } from '../../../shared/rpc/wire'
import type { CallQueue } from '../call-queue'
import { BodyTooLargeError, readBody } from './read-body'
import { isJsonRequest } from './request-guard'

export const RPC_PREFIX = '/rpc/'
export const MAX_BODY_BYTES = 50 * 1024 * 1024

interface RpcRouteOptions {
  session: EngineSession
  queue: CallQueue
  maxBodyBytes: number
}

/**
 * `POST /rpc/<procedure>` with the input as wire JSON (bigints tagged) -> `dispatch` -> the
 * result as wire JSON. A failure the user can act on is still a 200 with `{ ok: false, error }`;
 * only a request the host cannot read gets another status.
 */
export async function handleRpc(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  options: RpcRouteOptions,
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST')
    return sendResult(response, 405, failure('validation', 'Procedures are called with POST'))
  }
  if (!isJsonRequest(request))
    return sendResult(response, 415, failure('validation', 'Send the input as application/json'))

  let name: string
  try {
    name = decodeURIComponent(pathname.slice(RPC_PREFIX.length))
  } catch {
    return sendResult(response, 400, failure('validation', 'The procedure name is not valid'))
  }

  let text: string
  try {
    text = await readBody(request, options.maxBodyBytes)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      response.setHeader('Connection', 'close')
      return sendResult(response, 413, failure('validation', error.message))
    }
    throw error
  }

  let input: unknown
  try {
    input = text.trim() === '' ? undefined : fromWire(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return sendResult(response, 400, failure('validation', `The body is not valid JSON: ${reason}`))
  }

  const result = await options.queue.run(() => dispatch(options.session, name, input))
  sendResult(response, 200, result)
}

export function sendResult(response: ServerResponse, status: number, result: RpcResult): void {
  const body = toWire(result)
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

export function failure(code: ErrorCode, message: string): RpcResult {
  return { ok: false, error: { code, message, details: {}, problems: [] } }
}
