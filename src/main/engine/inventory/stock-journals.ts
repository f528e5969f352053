import type { StockDocumentType } from '../../../shared/domain/inventory'
import type { EntryLineInput } from '../../../shared/domain/ledger'
import type { CompanyContext } from '../company/company-context'
import { newId, nowIso } from '../ids'
import { assertValidEntry } from '../ledger/journal'
import { writePostedEntries, type ValidEntry } from '../ledger/posting'
import { stockAccountId, type StockAccount } from './stock-accounts'
import type { Revaluation } from './valuation/replay'

export interface StockJournal {
  date: string
  reference: string
  memo: string
  /** Signed change in the inventory account, each against its counter account. */
  amounts: { counter: StockAccount; inventory: bigint }[]
}

/**
 * Posts a stock journal: inventory against each counter account, debit or credit by sign.
 * Returns the entry's id, or null when every amount is zero (a transfer, stock at no cost).
 * `dateChecked`: the caller refused a locked date already, so the entry needs no other check
 * (its accounts are looked up live and not archived, and it balances by construction).
 */
export function postStockJournal(
  ctx: CompanyContext,
  journal: StockJournal,
  dateChecked = false,
): string | null {
  const entry = stockJournalEntry(journal, (account) => stockAccountId(ctx, account))
  if (!entry) return null
  if (!dateChecked) assertValidEntry(ctx, entry)
  return writePostedEntries(ctx, [entry])[0]!.id
}

/** A stock journal as a ledger entry (not yet written), or null when every amount is zero. */
export function stockJournalEntry(
  journal: StockJournal,
  accountOf: (account: StockAccount) => string,
): ValidEntry | null {
  const lines: EntryLineInput[] = []
  let inventory = 0n
  const byCounter = new Map<StockAccount, bigint>()
  for (const { counter, inventory: amount } of journal.amounts) {
    byCounter.set(counter, (byCounter.get(counter) ?? 0n) + amount)
    inventory += amount
  }
  if (inventory !== 0n) lines.push(side(accountOf('inventory'), inventory))
  for (const [counter, amount] of byCounter)
    if (amount !== 0n) lines.push(side(accountOf(counter), -amount))
  if (lines.length < 2) return null
  return { ...journal, lines, source: 'inventory' }
}

function side(accountId: string, amount: bigint): EntryLineInput {
  return amount > 0n
    ? { accountId, debit: amount, credit: 0n }
    : { accountId, debit: 0n, credit: -amount }
}

/** Each revaluation: its stock_revaluation row and a correcting journal on its move's date. */
export function postRevaluations(
  ctx: CompanyContext,
  revaluations: Revaluation[],
  reference: string,
): void {
  const insert = ctx.q.prepare(
    `INSERT INTO stock_revaluation (id, move_id, date, delta, journal_entry_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const numbers = ctx.q.prepare('SELECT number FROM stock_document WHERE id = ?')
  for (const revaluation of revaluations) {
    const moved = numbers.get(revaluation.documentId) as { number: string | null } | undefined
    const journalId = postStockJournal(ctx, {
      date: revaluation.date,
      reference: moved?.number ?? '',
      memo: `Revaluation after ${reference}`,
      amounts: [{ counter: revaluation.counter, inventory: revaluation.delta }],
    })
    const id = newId()
    insert.run(id, revaluation.moveId, revaluation.date, revaluation.delta, journalId, nowIso())
    ctx.changes.append('stock_revaluation', id, 'create', {
      moveId: String(revaluation.moveId),
      date: revaluation.date,
      delta: revaluation.delta,
      journalEntryId: journalId,
    })
  }
}

const COUNTER: Record<StockDocumentType, StockAccount | null> = {
  receipt: 'goodsReceived',
  opening: 'openingBalances',
  delivery: 'costOfSales',
  adjustment: 'adjustments',
  count: 'adjustments',
  transfer: null,
}

/** A document's moves' values against its type's counter account (none for a transfer). */
export function documentAmounts(
  type: StockDocumentType,
  values: bigint[],
): StockJournal['amounts'] {
  const counter = COUNTER[type]
  if (!counter) return []
  let inventory = 0n
  for (const value of values) inventory += value
  return [{ counter, inventory }]
}

export function counterAccount(type: StockDocumentType): StockAccount | null {
  return COUNTER[type]
}
