import { UsageError, type Command } from '../command'
import { printPayslipsCommand } from './print-payslips'
import { SALES_PRINT_COMMANDS } from './print-sales'

/** The printable documents, one subcommand each; add a document by adding it here. */
const SUBCOMMANDS: Record<string, Command> = {
  ...SALES_PRINT_COMMANDS,
  payslips: printPayslipsCommand,
}

export const printCommand: Command = {
  name: 'print',
  summary: 'write documents as PDF: invoices, quotes, orders, credit notes, receipts, payslips',
  usage: 'daftar print DOCUMENT [options]',
  details: Object.values(SUBCOMMANDS).flatMap((sub) => [
    sub.usage,
    ...sub.details.map((d) => `  ${d}`),
  ]),
  async run(args, io) {
    const [document, ...rest] = args
    const sub = document === undefined ? undefined : SUBCOMMANDS[document]
    if (!sub)
      throw new UsageError(
        document === undefined ? 'missing DOCUMENT' : `there is no document ${document} to print`,
        `daftar print ${Object.keys(SUBCOMMANDS).join('|')} [options]`,
      )
    return sub.run(rest, io)
  },
}
