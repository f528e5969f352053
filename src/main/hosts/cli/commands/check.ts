import { checkCompany } from '../../../engine/check/check-company'
import { parseCommandArgs, positionals, required, type Command } from '../command'
import { withCompany } from './with-company'

export const checkCommand: Command = {
  name: 'check',
  summary: "check a company file's integrity and the ledger's rules",
  usage: 'daftar check --db FILE',
  details: [
    '--db FILE   the company file',
    'Exits with 1 and lists every problem if anything is wrong.',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, { db: { type: 'string' } })
    positionals(this, given, [])
    const db = required(this, values.db, '--db')
    const result = await withCompany(db, (ctx) => checkCompany(ctx))
    if (result.ok) {
      io.out(`${db}: ok\n`)
      return 0
    }
    for (const problem of result.problems) io.out(`${problem}\n`)
    io.err(`daftar: ${db} failed the check; the problems are listed above\n`)
    return 1
  },
}
