import { isIsoDate } from '../../../shared/dates'
import type { EntryLineInput } from '../../../shared/domain/ledger'
import type { ImportProblem } from '../../../shared/errors'
import { parseMoney, type ParseMoneyFailure } from '../../../shared/money'
import { CONTROL_ACCOUNTS, controlAccountMessage } from '../ledger/control-accounts'
import type { ChartIndex } from '../ledger/accounts'
import type { RowVisitor } from './read-csv'

const MAX_REFERENCE = 200
const MAX_MEMO = 500

/** One entry gathered from the file: the lines sharing its date and reference, in file order. */
export interface ImportedEntry {
  date: string
  dateOk: boolean
  reference: string
  lines: EntryLineInput[]
  /** The CSV line of each of `lines`. */
  csvLines: number[]
}

export interface JournalRows {
  entries: ImportedEntry[]
  problems: ImportProblem[]
  /** CSV lines whose account, or whose amounts, are already reported as bad. */
  badAccountLines: Set<number>
  badAmountLines: Set<number>
}

const MONEY_MESSAGES: Record<ParseMoneyFailure, (decimals: number) => string> = {
  'not-a-number': () => 'is not a number (write it like 1234.56, without thousands separators)',
  negative: () => 'cannot be negative: put the amount in the other column instead',
  'too-many-decimals': (decimals) =>
    decimals === 0
      ? 'cannot have decimals in this currency'
      : `has more than ${decimals} decimals, the most this currency has`,
}

/**
 * The hot loop of a journal import, one call per row: lookups in Maps only, no queries. Checks
 * each line's own fields and groups lines by date and reference into entries; the rules that
 * span an entry (balance, lock date, archived accounts) are checked once all rows are read.
 */
export function journalRowReader(
  decimals: number,
  accounts: ChartIndex['byCode'],
): { visit: RowVisitor; read: JournalRows } {
  const problems: ImportProblem[] = []
  const badAccountLines = new Set<number>()
  const badAmountLines = new Set<number>()
  const entriesByKey = new Map<string, ImportedEntry>()
  const entries: ImportedEntry[] = []
  const dateOk = new Map<string, boolean>()

  const amount = (text: string, line: number, field: 'debit' | 'credit'): bigint => {
    if (text === '' || text.trim() === '') return 0n
    const parsed = parseMoney(text, decimals)
    if (parsed.ok) return parsed.value
    problems.push({
      line,
      field,
      message: `${text.trim()} ${MONEY_MESSAGES[parsed.reason](decimals)}`,
    })
    badAmountLines.add(line)
    return 0n
  }

  const visit = (fields: string[], line: number): void => {
    const date = fields[0]!.trim()
    const reference = fields[1]!.trim()
    const code = fields[2]!.trim()
    const memo = fields[5]!.trim()

    let validDate = dateOk.get(date)
    if (validDate === undefined) {
      validDate = isIsoDate(date)
      dateOk.set(date, validDate)
    }
    if (!validDate)
      problems.push({
        line,
        field: 'date',
        message: date ? `${date} is not a real date (YYYY-MM-DD)` : 'The date is required',
      })
    if (!reference)
      problems.push({
        line,
        field: 'reference',
        message: 'The reference is required: lines with the same date and reference form one entry',
      })
    else if (reference.length > MAX_REFERENCE)
      problems.push({
        line,
        field: 'reference',
        message: `Longer than ${MAX_REFERENCE} characters`,
      })
    if (memo.length > MAX_MEMO)
      problems.push({ line, field: 'memo', message: `Longer than ${MAX_MEMO} characters` })

    const account = accounts.get(code)
    if (!account) {
      problems.push({
        line,
        field: 'account',
        message: code ? `No account has the code ${code}` : 'The account code is required',
      })
      badAccountLines.add(line)
    } else if (Object.hasOwn(CONTROL_ACCOUNTS, account.code)) {
      // As for a journal typed in: documents keep these, so their sub-ledgers stay equal to them.
      problems.push({
        line,
        field: 'account',
        message: `${controlAccountMessage(account.code)}; a journal entry may not post to it`,
      })
      badAccountLines.add(line)
    }
    const debit = amount(fields[3]!, line, 'debit')
    const credit = amount(fields[4]!, line, 'credit')

    // Files usually keep an entry's lines together: try the previous line's entry first.
    let entry = entries[entries.length - 1]
    if (!entry || entry.date !== date || entry.reference !== reference) {
      const key = `${date}\u0001${reference}`
      entry = entriesByKey.get(key)
      if (!entry) {
        entry = { date, dateOk: validDate, reference, lines: [], csvLines: [] }
        entriesByKey.set(key, entry)
        entries.push(entry)
      }
    }
    entry.lines.push({ accountId: account ? account.id : '', debit, credit, memo })
    entry.csvLines.push(line)
  }
  return { visit, read: { entries, problems, badAccountLines, badAmountLines } }
}
