import { ZodError } from 'zod'
import {
  contract,
  isProcedureName,
  type Output,
  type ProcedureName,
} from '../../../shared/rpc/contract'
import { DaftarError, type SerializedError } from '../../../shared/errors'
import type { EngineSession } from '../session/engine-session'
import type { Handler } from './handler'
import { handlers } from './handlers'

export type RpcResult<T = unknown> = { ok: true; value: T } | { ok: false; error: SerializedError }

/**
 * The single entry to the engine for every host: validates the input against the contract, runs
 * the procedure, and turns any failure into a serializable error with a code and details.
 */
export async function dispatch(
  session: EngineSession,
  name: string,
  input: unknown,
): Promise<RpcResult> {
  try {
    if (!isProcedureName(name))
      throw new DaftarError('not-found', `No procedure named ${name}`, {
        what: 'procedure',
        key: name,
      })
    const parsed = contract[name].input.parse(input ?? {})
    const handler = handlers[name] as Handler<ProcedureName>
    const value = await handler(session, parsed as never)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: toSerializedError(error) }
  }
}

/** For in-process callers (CLI, tests): the value, or the DaftarError thrown. */
export async function call<K extends ProcedureName>(
  session: EngineSession,
  name: K,
  input: unknown,
): Promise<Output<K>> {
  const result = await dispatch(session, name, input)
  if (!result.ok)
    throw new DaftarError(
      result.error.code,
      result.error.message,
      result.error.details,
      result.error.problems,
    )
  return result.value as Output<K>
}

export function toSerializedError(error: unknown): SerializedError {
  if (error instanceof DaftarError) return error.toJSON()
  if (error instanceof ZodError) {
    const issue = error.issues[0]
    const field = issue?.path.join('.') ?? ''
    return {
      code: 'validation',
      message: `${field || 'input'}: ${issue?.message ?? 'invalid'}`,
      details: { field },
      problems: [],
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  if (/never change|append-only/.test(message))
    return { code: 'posted-is-final', message, details: {}, problems: [] }
  if (/lock date/.test(message))
    return { code: 'period-locked', message, details: {}, problems: [] }
  if (/unbalanced/.test(message))
    return { code: 'unbalanced-entry', message, details: {}, problems: [] }
  return { code: 'integrity', message, details: {}, problems: [] }
}
