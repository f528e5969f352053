import type { ErrorCode, SerializedError } from '../../shared/errors'

/**
 * A failed call as the renderer sees it: the engine's serialized error (code, message, details
 * such as the field at fault) kept whole so forms can put the message next to that field.
 */
export class RpcError extends Error {
  readonly code: ErrorCode
  readonly error: SerializedError

  constructor(error: SerializedError) {
    super(error.message)
    this.name = 'RpcError'
    this.code = error.code
    this.error = error
  }

  get field(): string | undefined {
    const field = this.error.details.field
    return typeof field === 'string' && field ? field : undefined
  }

  /** Every field-level problem the engine listed (an entry can have several), else the one. */
  get fieldProblems(): { field: string; message: string }[] {
    const listed = this.error.details.problems
    if (Array.isArray(listed)) {
      const problems = listed.filter(
        (item): item is { field: string; message: string } =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as { field?: unknown }).field === 'string' &&
          typeof (item as { message?: unknown }).message === 'string',
      )
      if (problems.length > 0) return problems
    }
    return this.field ? [{ field: this.field, message: this.message }] : []
  }
}

/** Turns anything thrown into an RpcError, so the UI handles one shape. */
export function asRpcError(error: unknown): RpcError {
  if (error instanceof RpcError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new RpcError({ code: 'integrity', message, details: {}, problems: [] })
}
