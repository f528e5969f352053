import { DaftarError } from '../../../shared/errors'
import { toSerializedError } from '../../engine/rpc/dispatch'
import type { CliIo } from './cli-io'
import { UsageError } from './command'

/**
 * Shows a failure as one clear line (and every import problem as `line N, field: message`), never
 * a stack trace: set DAFTAR_DEBUG=1 to see one for an unexpected error. Returns the exit code.
 */
export function printError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(`daftar: ${error.message}\nusage: ${error.usage}\n`)
    return 2
  }
  const { message, problems } = toSerializedError(error)
  io.err(`daftar: ${message}\n`)
  for (const problem of problems)
    io.err(`line ${problem.line}${problem.field ? `, ${problem.field}` : ''}: ${problem.message}\n`)
  if (!(error instanceof DaftarError) && error instanceof Error && process.env.DAFTAR_DEBUG)
    io.err(`${error.stack}\n`)
  return 1
}
