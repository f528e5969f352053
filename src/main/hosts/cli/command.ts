import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { CliIo } from './cli-io'

type Options = NonNullable<ParseArgsConfig['options']>

export interface Command {
  name: string
  /** One line for the list of commands. */
  summary: string
  /** The synopsis: `daftar check --db FILE`. */
  usage: string
  /** What the options mean, one per line. */
  details: string[]
  run(args: string[], io: CliIo): Promise<number>
}

/** A mistake in how the command was typed: shown with the command's usage line. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

/** node:util parseArgs, strict, with its complaints turned into a UsageError. */
export function parseCommandArgs<O extends Options>(command: Command, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw error
    // Node's own wording runs long; the option's name is what the person needs.
    const option = /'(-[^']*)'/.exec(message)?.[1]
    throw new UsageError(
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option ? `unknown option ${option}` : message,
      command.usage,
    )
  }
}

/** The value of a required option, or a UsageError naming it. */
export function required(command: Command, value: string | undefined, option: string): string {
  if (value === undefined || value === '')
    throw new UsageError(`${option} is required`, command.usage)
  return value
}

/** Exactly `count` positional arguments, named in the error when missing or extra. */
export function positionals(command: Command, given: string[], names: string[]): string[] {
  if (given.length < names.length)
    throw new UsageError(`missing ${names.slice(given.length).join(' and ')}`, command.usage)
  if (given.length > names.length)
    throw new UsageError(`unexpected argument ${given[names.length]}`, command.usage)
  return given
}
