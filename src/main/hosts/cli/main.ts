import { processIo, type CliIo } from './cli-io'
import { UsageError, type Command } from './command'
import { backupCommand } from './commands/backup'
import { checkCommand } from './commands/check'
import { importCommand } from './commands/import'
import { initCommand } from './commands/init'
import { payrollCommand } from './commands/payroll'
import { printCommand } from './commands/print'
import { reportCommand } from './commands/report'
import { serveCommand } from './commands/serve'
import { printError } from './print-error'
import { commandUsage, mainUsage } from './usage'

const COMMANDS: readonly Command[] = [
  initCommand,
  importCommand,
  reportCommand,
  payrollCommand,
  printCommand,
  serveCommand,
  backupCommand,
  checkCommand,
]

/** Runs one `daftar` command line and returns the exit code: 0 done, 1 failed, 2 mistyped. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined) {
    io.err(mainUsage(COMMANDS))
    return 2
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(mainUsage(COMMANDS))
    return 0
  }
  const command = COMMANDS.find((candidate) => candidate.name === name)
  if (!command)
    return printError(
      new UsageError(`unknown command ${name}`, 'daftar COMMAND [options] (see daftar --help)'),
      io,
    )
  if (args.includes('--help') || args.includes('-h')) {
    io.out(commandUsage(command))
    return 0
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    return printError(error, io)
  }
}
