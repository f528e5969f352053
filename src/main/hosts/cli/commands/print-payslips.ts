import { writeRunPayslips } from '../../../engine/payroll-print/payslip-pdf'
import { parseCommandArgs, positionals, required, type Command } from '../command'
import { withCompany } from './with-company'

/** `daftar print payslips`: every payslip of a run as PDF files named by employee code. */
export const printPayslipsCommand: Command = {
  name: 'print payslips',
  summary: "write a pay run's payslips as PDF files, one per employee",
  usage: 'daftar print payslips --run ID --db FILE --to DIR',
  details: [
    '--run ID         the pay run, by id or number (PR-A-000001)',
    '--db FILE        the company file',
    '--to DIR         the folder to write into (made if missing); files are EMPLOYEE-CODE.pdf',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, {
      run: { type: 'string' },
      db: { type: 'string' },
      to: { type: 'string' },
    })
    positionals(this, given, [])
    const run = required(this, values.run, '--run')
    const dir = required(this, values.to, '--to')
    const written = await withCompany(required(this, values.db, '--db'), (ctx) =>
      writeRunPayslips(ctx, run, dir),
    )
    io.out(`Wrote ${written.length} payslips to ${dir}\n`)
    return 0
  },
}
