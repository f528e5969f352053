import type { Command } from '../command'
import { printPayslipsCommand } from './print-payslips'
import { printSalesCommand } from './print-sales'

/** `daftar print`: payslips of a pay run, or one sales document or receipt. */
export const printCommand: Command = {
  name: 'print',
  summary: 'print documents as PDF: sales documents, receipts, payslips',
  usage: `${printSalesCommand.usage}\n       ${printPayslipsCommand.usage}`,
  details: [...printSalesCommand.details, '', ...printPayslipsCommand.details],
  run(args, io) {
    return args[0] === 'payslips'
      ? printPayslipsCommand.run(args.slice(1), io)
      : printSalesCommand.run(args, io)
  },
}
