import { dispatch, toSerializedError, type RpcResult } from '../../engine/rpc/dispatch'
import type { EngineSession } from '../../engine/session/engine-session'
import { createCallQueue } from '../call-queue'
import type { EngineReply, EngineRequest } from './ipc-protocol'

export interface EnginePort {
  postMessage(message: EngineReply): void
}

/**
 * The engine process's message loop, apart from Electron so it can be tested under Node: runs
 * each request through `dispatch` one at a time, in order, and posts the result back. `exit`
 * runs after a shutdown request has closed the company.
 */
export function createEngineService(session: EngineSession, port: EnginePort, exit: () => void) {
  const queue = createCallQueue()

  const reply = (id: number, result: RpcResult) => {
    try {
      port.postMessage({ type: 'result', id, result })
    } catch (error) {
      // A value structured clone cannot carry is a handler bug: report it instead of hanging.
      port.postMessage({
        type: 'result',
        id,
        result: { ok: false, error: toSerializedError(error) },
      })
    }
  }

  return function handle(request: EngineRequest): Promise<void> {
    if (request.type === 'shutdown')
      return queue.run(() => {
        session.close()
        exit()
      })
    return queue
      .run(() => dispatch(session, request.procedure, request.input))
      .then((result) => reply(request.id, result))
  }
}
