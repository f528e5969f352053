import { backupCompany } from '../../../engine/backup/backup-company'
import { parseCommandArgs, positionals, required, type Command } from '../command'

export const backupCommand: Command = {
  name: 'backup',
  summary: 'copy a company file safely, even while it is in use',
  usage: 'daftar backup --db FILE --to PATH [--overwrite]',
  details: [
    '--db FILE     the company file',
    '--to PATH     where to write the copy; an existing file is never replaced...',
    '--overwrite   ...unless you say so',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, {
      db: { type: 'string' },
      to: { type: 'string' },
      overwrite: { type: 'boolean' },
    })
    positionals(this, given, [])
    const result = await backupCompany(
      required(this, values.db, '--db'),
      required(this, values.to, '--to'),
      { overwrite: values.overwrite ?? false },
    )
    io.out(`Backed up ${values.db} to ${result.path} (${result.bytes} bytes)\n`)
    return 0
  },
}
