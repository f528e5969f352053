import path from 'node:path'
import type { PrintKind } from '../../../../shared/domain/sales-flow'
import { writePdf } from '../../../engine/print/write-pdf'
import { PRINT_KINDS, printableFor } from '../../../engine/sales-print/print-document'
import { parseCommandArgs, positionals, required, type Command } from '../command'
import { withCompany } from './with-company'

/** `daftar print invoice NUMBER --db FILE --to FILE.pdf`, and the same for each sales kind. */
function salesPrintCommand(kind: PrintKind): Command {
  return {
    name: `print ${kind}`,
    summary: `write a ${kind.replace('-', ' ')} as a PDF file`,
    usage: `daftar print ${kind} NUMBER --db FILE --to FILE.pdf`,
    details: [
      `NUMBER       the number, e.g. ${kind === 'receipt' ? 'PAY-A-000001' : 'INV-A-000001'}`,
      '--db FILE    the company file',
      '--to FILE    where to write the PDF; an existing file is replaced whole',
    ],
    async run(args, io) {
      const { values, positionals: given } = parseCommandArgs(this, args, {
        db: { type: 'string' },
        to: { type: 'string' },
      })
      const [number] = positionals(this, given, ['NUMBER'])
      const db = required(this, values.db, '--db')
      const to = required(this, values.to, '--to')
      await withCompany(db, async (ctx) => {
        await writePdf(printableFor(ctx, { kind, number: number! }), path.resolve(to))
      })
      io.out(`${number} written to ${to}\n`)
      return 0
    },
  }
}

export const SALES_PRINT_COMMANDS: Record<PrintKind, Command> = Object.fromEntries(
  PRINT_KINDS.map((kind) => [kind, salesPrintCommand(kind)]),
) as Record<PrintKind, Command>
