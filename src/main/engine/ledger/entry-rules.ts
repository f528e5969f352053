import { isIsoDate } from '../../../shared/dates'
import { toDecimalString } from '../../../shared/money'

import type { EntryInput } from '../../../shared/domain/ledger'

export interface EntryProblem {
  /** `date`, `lines`, or `lines.N.account|debit|credit` (N is 0-based). */
  field: string
  message: string
  code: 'validation' | 'period-locked' | 'unbalanced-entry' | 'account-archived'
}

export interface AccountLookup {
  /** Returns the account's code and whether it is archived, or undefined if it does not exist. */
  (accountId: string): { code: string; archived: boolean } | undefined
}

/**
 * The rules every posted entry obeys, in one place: a real date after the lock date, at least two
 * lines, each with exactly one positive amount on a live account, and debits equal to credits.
 */
export function entryProblems(
  entry: EntryInput,
  rules: { lockDate: string | null; decimals: number },
  account: AccountLookup,
): EntryProblem[] {
  const { lockDate, decimals } = rules
  const problems: EntryProblem[] = []
  if (!isIsoDate(entry.date))
    problems.push({
      field: 'date',
      code: 'validation',
      message: `${entry.date} is not a real date (YYYY-MM-DD)`,
    })
  else if (lockDate && entry.date <= lockDate) {
    problems.push({
      field: 'date',
      code: 'period-locked',
      message: `The books are locked up to ${lockDate}; ${entry.date} is on or before that`,
    })
  }
  if (entry.lines.length < 2)
    problems.push({
      field: 'lines',
      code: 'validation',
      message: 'An entry needs at least two lines',
    })
  let debits = 0n
  let credits = 0n
  entry.lines.forEach((line, index) => {
    const found = account(line.accountId)
    if (!found)
      problems.push({
        field: `lines.${index}.account`,
        code: 'validation',
        message: 'Choose an account',
      })
    else if (found.archived) {
      problems.push({
        field: `lines.${index}.account`,
        code: 'account-archived',
        message: `Account ${found.code} is archived`,
      })
    }
    if (line.debit < 0n || line.credit < 0n) {
      problems.push({
        field: `lines.${index}.debit`,
        code: 'validation',
        message: 'Amounts cannot be negative',
      })
    } else if (line.debit > 0n === line.credit > 0n) {
      problems.push({
        field: `lines.${index}.debit`,
        code: 'validation',
        message: 'Enter either a debit or a credit on each line',
      })
    }
    debits += line.debit
    credits += line.credit
  })
  if (problems.length === 0 && debits !== credits) {
    problems.push({
      field: 'lines',
      code: 'unbalanced-entry',
      message: `Debits ${toDecimalString(debits, decimals)} and credits ${toDecimalString(credits, decimals)} do not balance`,
    })
  }
  return problems
}
