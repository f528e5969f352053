import { parseMoney, toDecimalString } from '../../shared/money'
import type { EntryInput, JournalEntry } from '../../shared/domain/ledger'
import { normalizeNumberInput } from '../i18n/number-input'

/** One row of the entry grid as typed: text until the entry is sent. */
export interface LineDraft {
  key: string
  accountId: string
  /** What the account cell shows; an account is chosen only when `accountId` is set. */
  accountText: string
  debit: string
  credit: string
  memo: string
  /** The side the form filled in to balance the entry, until the user types an amount. */
  filled?: 'debit' | 'credit'
}

export interface EntryDraft {
  date: string
  reference: string
  memo: string
  lines: LineDraft[]
}

export type LineColumn = 'account' | 'debit' | 'credit' | 'memo'
export const LINE_COLUMNS: readonly LineColumn[] = ['account', 'debit', 'credit', 'memo']

/** Problems found before the entry is sent, by the form's field name. */
export type DraftProblem =
  'amount-not-a-number' | 'amount-too-many-decimals' | 'amount-negative' | 'account-unknown'

export const lineField = (key: string, column: LineColumn) => `lines.${key}.${column}`

export function blankLine(key: string): LineDraft {
  return { key, accountId: '', accountText: '', debit: '', credit: '', memo: '' }
}

export function isBlankLine(line: LineDraft): boolean {
  return !line.accountText.trim() && !line.debit.trim() && !line.credit.trim() && !line.memo.trim()
}

/**
 * Typing an amount: a balancing amount the form filled in on the other side was only a
 * suggestion, so it goes away when the user puts the amount on this side instead.
 */
export function withAmount(line: LineDraft, column: 'debit' | 'credit', text: string): LineDraft {
  const other = column === 'debit' ? 'credit' : 'debit'
  const next: LineDraft = { ...line, [column]: text, filled: undefined }
  if (line.filled === other && text.trim() !== '') next[other] = ''
  return next
}

export interface AmountRules {
  decimals: number
  locale: string
}

/** An amount cell's value: empty is zero; otherwise exact minor units or why not. */
export function parseAmount(
  text: string,
  rules: AmountRules,
): { ok: true; value: bigint } | { ok: false; problem: DraftProblem } {
  const plain = normalizeNumberInput(text, rules.locale)
  if (plain === '') return { ok: true, value: 0n }
  const parsed = parseMoney(plain, rules.decimals)
  if (parsed.ok) return parsed
  return { ok: false, problem: `amount-${parsed.reason}` }
}

export interface DraftTotals {
  debit: bigint
  credit: bigint
  /** Debits minus credits over the cells that parse. */
  difference: bigint
}

export function draftTotals(lines: readonly LineDraft[], rules: AmountRules): DraftTotals {
  let debit = 0n
  let credit = 0n
  for (const line of lines) {
    const d = parseAmount(line.debit, rules)
    const c = parseAmount(line.credit, rules)
    if (d.ok) debit += d.value
    if (c.ok) credit += c.value
  }
  return { debit, credit, difference: debit - credit }
}

/** The amount (as text to put in a cell) and side that would balance the entry. */
export function balancingAmount(
  lines: readonly LineDraft[],
  rules: AmountRules,
): Pick<LineDraft, 'debit' | 'credit'> {
  const { difference } = draftTotals(lines, rules)
  if (difference === 0n) return { debit: '', credit: '' }
  const text = toDecimalString(difference < 0n ? -difference : difference, rules.decimals)
  return difference > 0n ? { debit: '', credit: text } : { debit: text, credit: '' }
}

export type BuildResult =
  | { ok: true; input: EntryInput; lineKeys: string[] }
  | { ok: false; problems: Record<string, DraftProblem> }

/** The entry to send: blank rows dropped, amounts exact; or every cell at fault. */
export function buildEntryInput(draft: EntryDraft, rules: AmountRules): BuildResult {
  const problems: Record<string, DraftProblem> = {}
  const lines: EntryInput['lines'] = []
  const lineKeys: string[] = []
  for (const line of draft.lines) {
    if (isBlankLine(line)) continue
    if (!line.accountId && line.accountText.trim())
      problems[lineField(line.key, 'account')] = 'account-unknown'
    const debit = parseAmount(line.debit, rules)
    const credit = parseAmount(line.credit, rules)
    if (!debit.ok) problems[lineField(line.key, 'debit')] = debit.problem
    if (!credit.ok) problems[lineField(line.key, 'credit')] = credit.problem
    if (debit.ok && credit.ok) {
      const memo = line.memo.trim()
      lines.push({
        accountId: line.accountId,
        debit: debit.value,
        credit: credit.value,
        ...(memo ? { memo } : {}),
      })
      lineKeys.push(line.key)
    }
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  const reference = draft.reference.trim()
  const memo = draft.memo.trim()
  return {
    ok: true,
    input: {
      date: draft.date,
      ...(reference ? { reference } : {}),
      ...(memo ? { memo } : {}),
      lines,
    },
    lineKeys,
  }
}

/**
 * The engine names a line by its index in what was sent (`lines.2.account`); the form names it by
 * its row key. Fields that are not per line pass through.
 */
export function formFieldOf(engineField: string, lineKeys: readonly string[]): string {
  const match = /^lines\.(\d+)(?:\.(\w+))?$/.exec(engineField)
  if (!match) return engineField
  const key = lineKeys[Number(match[1])]
  if (key === undefined) return 'lines'
  return `lines.${key}.${match[2] ?? 'account'}`
}

/** A saved draft back into the form, amounts as plain decimal text. */
export function draftFromEntry(
  entry: JournalEntry,
  decimals: number,
  nextKey: () => string,
): EntryDraft {
  const amount = (minor: bigint) => (minor === 0n ? '' : toDecimalString(minor, decimals))
  return {
    date: entry.date,
    reference: entry.reference,
    memo: entry.memo,
    lines: entry.lines.map((line) => ({
      key: nextKey(),
      accountId: line.accountId,
      accountText: `${line.accountCode} ${line.accountName}`,
      debit: amount(line.debit),
      credit: amount(line.credit),
      memo: line.memo,
    })),
  }
}
