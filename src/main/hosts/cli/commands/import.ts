import fs from 'node:fs'
import path from 'node:path'
import type { ImportResult } from '../../../../shared/domain/imports'
import { DaftarError } from '../../../../shared/errors'
import type { CompanyContext } from '../../../engine/company/company-context'
import { importAccounts } from '../../../engine/import/import-accounts'
import { importJournal } from '../../../engine/import/import-journal'
import { ACCOUNT_COLUMNS, JOURNAL_COLUMNS } from '../../../../shared/domain/import-columns'
import { importKindHelp } from './import-column-help'
import { SALES_IMPORT_KINDS, SALES_IMPORT_HELP } from './import-sales-kinds'
import { INVENTORY_IMPORT_HELP, INVENTORY_IMPORT_KINDS } from './import-inventory-kinds'
import { parseCommandArgs, positionals, required, UsageError, type Command } from '../command'
import { withCompany } from './with-company'

const KINDS = {
  accounts: { run: importAccounts, created: ['account', 'accounts'] },
  journal: { run: importJournal, created: ['journal entry', 'journal entries'] },
  ...SALES_IMPORT_KINDS,
  ...INVENTORY_IMPORT_KINDS,
} satisfies Record<
  string,
  {
    run: (ctx: CompanyContext, csv: Uint8Array, options: { dryRun: boolean }) => ImportResult
    created: [string, string]
  }
>

export const importCommand: Command = {
  name: 'import',
  summary:
    'import accounts, journal entries, contacts, products, invoices, bills, items or opening stock from CSV (all or nothing)',
  usage: `daftar import ${Object.keys(KINDS).join('|')} FILE.csv --db FILE [--dry-run]`,
  details: [
    'The first line names the columns: in any order, upper or lower case, the required ones',
    'and any of the optional ones.',
    ...importKindHelp('accounts', ACCOUNT_COLUMNS, [
      'type: asset, liability, equity, income or expense; parent: an account code',
    ]),
    ...importKindHelp('journal', JOURNAL_COLUMNS, [
      'lines with the same date and reference form one entry',
    ]),
    ...SALES_IMPORT_HELP,
    ...INVENTORY_IMPORT_HELP,
    '--db FILE           the company file',
    '--dry-run           check the whole file and write nothing',
    'One bad line refuses the whole file; every bad line is listed.',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, {
      db: { type: 'string' },
      'dry-run': { type: 'boolean' },
    })
    const [kind, file] = positionals(this, given, [Object.keys(KINDS).join('|'), 'FILE.csv'])
    if (!Object.hasOwn(KINDS, kind!))
      throw new UsageError(
        `cannot import ${kind}: choose ${Object.keys(KINDS).join(', ')}`,
        this.usage,
      )
    const db = required(this, values.db, '--db')
    const csvPath = path.resolve(file!)
    if (!fs.existsSync(csvPath))
      throw new DaftarError('not-found', `No file at ${csvPath}`, {
        what: 'CSV file',
        key: csvPath,
      })
    const csv = fs.readFileSync(csvPath)
    const dryRun = values['dry-run'] ?? false
    const { run, created: nouns } = KINDS[kind as keyof typeof KINDS]
    const result = await withCompany(db, (ctx) => run(ctx, csv, { dryRun }))
    if (result.problems.length > 0) {
      const count = result.problems.length
      throw new DaftarError(
        'import-invalid',
        `${file} was not imported: ${count} problem${count === 1 ? '' : 's'} found, nothing was changed`,
        {},
        result.problems,
      )
    }
    const created = `${result.created} ${nouns[result.created === 1 ? 0 : 1]}`
    io.out(
      dryRun
        ? `${file} is fine: ${created} from ${result.rows} rows would be imported (dry run, nothing was written)\n`
        : `Imported ${created} from ${result.rows} rows of ${file}\n`,
    )
    for (const warning of result.warnings ?? [])
      io.out(`warning: line ${warning.line}: ${warning.message}\n`)
    return 0
  },
}
