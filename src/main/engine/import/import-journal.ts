import { JOURNAL_COLUMNS } from '../../../shared/domain/import-columns'
import type { ImportResult } from '../../../shared/domain/imports'
import type { CompanyContext } from '../company/company-context'
import { writePostedEntriesInBulk } from '../ledger/bulk-posting'
import type { ValidEntry } from '../ledger/posting'
import { chartOfAccounts } from '../ledger/accounts'
import { csvImport } from './csv-import'
import type { CsvInput } from './csv-text'
import { refused } from './import-result'
import { entryRuleProblems } from './journal-entry-rules'
import { journalRowReader, type ImportedEntry } from './journal-rows'
import { readCsv } from './read-csv'

/**
 * Imports journal entries from CSV (date,reference,account,debit,credit,memo): lines with the same
 * date and reference are one entry. All or nothing: one bad line refuses the whole file, and every
 * bad line is listed. Every entry is posted in one transaction through the one posting path.
 */
export function importJournal(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean } = {},
): ImportResult {
  // Read and checked inside the write transaction, so the lock date and accounts cannot move.
  return csvImport(ctx, input, options, (text, dryRun) => {
    const settings = ctx.settings()
    const accounts = chartOfAccounts(ctx)
    const { visit, read } = journalRowReader(settings.decimals, accounts.byCode)
    const csv = readCsv(text, JOURNAL_COLUMNS, visit)
    const rows = csv.rows
    const problems = [
      ...csv.problems,
      ...read.problems,
      ...entryRuleProblems(
        read,
        { lockDate: settings.lockDate, decimals: settings.decimals },
        accounts.byId,
      ),
    ]
    if (problems.length > 0) return refused(dryRun, rows, problems)
    if (!dryRun) writePostedEntriesInBulk(ctx, read.entries.map(toValidEntry))
    return { dryRun, rows, created: read.entries.length, problems: [] }
  })
}

function toValidEntry(entry: ImportedEntry): ValidEntry {
  const memo = entry.lines[0]?.memo ?? ''
  return {
    date: entry.date,
    reference: entry.reference,
    // The entry carries the memo its lines share; lines keep their own.
    memo: entry.lines.every((line) => line.memo === memo) ? memo : '',
    lines: entry.lines,
    source: 'import',
  }
}
