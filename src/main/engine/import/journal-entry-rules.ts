import type { ImportProblem } from '../../../shared/errors'
import { entryProblems } from '../ledger/entry-rules'
import type { ChartIndex } from '../ledger/accounts'
import type { JournalRows } from './journal-rows'

const LINE_FIELD = /^lines\.(\d+)\.(account|debit|credit)$/

/**
 * Runs the ledger's own entry rules (entry-rules.ts) on every gathered entry and says where in
 * the file each problem is: a line's account or amount on that line, an entry-wide problem (lock
 * date, balance, too few lines) on the entry's first line, naming its reference, date and lines.
 * What the row reader already reported is not repeated.
 */
export function entryRuleProblems(
  rows: JournalRows,
  rules: { lockDate: string | null; decimals: number },
  accounts: ChartIndex['byCode'],
): ImportProblem[] {
  const problems: ImportProblem[] = []
  const lookup = (id: string) => accounts.get(id)
  for (const entry of rows.entries) {
    const found = entryProblems(entry, rules, lookup)
    for (const problem of found) {
      const match = LINE_FIELD.exec(problem.field)
      if (match) {
        const line = entry.csvLines[Number(match[1])]!
        const field = match[2]!
        const known = field === 'account' ? rows.badAccountLines : rows.badAmountLines
        if (!known.has(line)) problems.push({ line, field, message: problem.message })
      } else if (problem.field !== 'date' || entry.dateOk) {
        problems.push({
          line: entry.csvLines[0]!,
          field: problem.field === 'date' ? 'date' : undefined,
          message: `Entry ${entry.reference} of ${entry.date} (${linesText(entry.csvLines)}): ${lowerFirst(problem.message)}`,
        })
      }
    }
  }
  return problems
}

function linesText(lines: number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
