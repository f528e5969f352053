import type { Command } from './command'

export function mainUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    'daftar: the Daftar ERP from the command line',
    '',
    'usage: daftar COMMAND [options]',
    '',
    'commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `daftar COMMAND --help` for the options of one command.',
    '',
  ].join('\n')
}

export function commandUsage(command: Command): string {
  return [
    `usage: ${command.usage}`,
    '',
    `${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`,
    '',
    ...command.details.map((line) => `  ${line}`),
    '',
  ].join('\n')
}
