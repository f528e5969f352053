import type { EntryLineInput } from '../../../shared/domain/ledger'
import type { ValidEntry } from '../ledger/posting'

export interface PostingLine {
  accountId: string
  taxAccountId: string | null
  net: bigint
  tax: bigint
}

export interface PostingDocument {
  number: string
  date: string
  contactName: string
  gross: bigint
  lines: PostingLine[]
}

export type PostingKind = 'invoice' | 'credit_note' | 'bill' | 'debit_note'

const KINDS: Record<PostingKind, { debitsControl: boolean; what: string; source: string }> = {
  invoice: { debitsControl: true, what: 'Invoice', source: 'invoice' },
  credit_note: { debitsControl: false, what: 'Credit note', source: 'credit-note' },
  bill: { debitsControl: false, what: 'Bill', source: 'bill' },
  debit_note: { debitsControl: true, what: 'Debit note', source: 'debit-note' },
}

/**
 * The journal of a sales or purchase document: the gross on the control account, the net on each
 * line's account and the tax on each tax account, on the other side. An invoice debits
 * receivables; a credit note is its mirror image. A bill credits payables (debiting expenses and
 * input tax); a debit note is its mirror. Accounts are summed, zero amounts dropped.
 */
export function salesEntry(
  document: PostingDocument,
  controlAccountId: string,
  kind: PostingKind,
): ValidEntry {
  const credits = new Map<string, bigint>()
  const add = (accountId: string, amount: bigint) =>
    credits.set(accountId, (credits.get(accountId) ?? 0n) + amount)
  for (const line of document.lines) {
    add(line.accountId, line.net)
    if (line.taxAccountId) add(line.taxAccountId, line.tax)
  }
  const { debitsControl, what, source } = KINDS[kind]
  const side = (accountId: string, amount: bigint, control: boolean): EntryLineInput => {
    const debit = control === debitsControl
    return { accountId, debit: debit ? amount : 0n, credit: debit ? 0n : amount }
  }
  const lines: EntryLineInput[] = [side(controlAccountId, document.gross, true)]
  for (const [accountId, amount] of credits)
    if (amount > 0n) lines.push(side(accountId, amount, false))
  return {
    date: document.date,
    reference: document.number,
    memo: `${what} ${document.number}, ${document.contactName}`,
    lines,
    source,
  }
}

/**
 * A payment: money received from a customer debits the bank or cash account and credits
 * receivables; money paid to a supplier debits payables and credits the bank or cash account.
 */
export function paymentEntry(payment: {
  number: string
  date: string
  contactName: string
  amount: bigint
  accountId: string
  controlAccountId: string
  direction: 'received' | 'paid'
}): ValidEntry {
  const [debited, credited] =
    payment.direction === 'received'
      ? [payment.accountId, payment.controlAccountId]
      : [payment.controlAccountId, payment.accountId]
  return {
    date: payment.date,
    reference: payment.number,
    memo: `Payment ${payment.number}, ${payment.contactName}`,
    source: payment.direction === 'received' ? 'payment' : 'supplier-payment',
    lines: [
      { accountId: debited, debit: payment.amount, credit: 0n },
      { accountId: credited, debit: 0n, credit: payment.amount },
    ],
  }
}

/**
 * Adds a realised exchange difference to an entry that allocates. `gap` is what the allocations
 * took off the open items in base currency beyond the entry's own amount on the control account
 * (as `allocate` returns it); the control account's line moves by it too, and the exchange account
 * takes the other side: on receivables a positive gap is a loss (debited), on payables a gain
 * (credited).
 */
export function withExchangeDifference(
  entry: ValidEntry,
  gap: bigint,
  controlAccountId: string,
  exchangeAccountId: () => string,
  side: 'receivable' | 'payable',
): ValidEntry {
  if (gap === 0n) return entry
  // What the control account is credited more by (less, when negative).
  const moreCredit = side === 'receivable' ? gap : -gap
  const lines = entry.lines.flatMap((line) => {
    if (line.accountId !== controlAccountId) return [line]
    const net = line.credit - line.debit + moreCredit
    if (net === 0n) return []
    return [{ ...line, debit: net < 0n ? -net : 0n, credit: net > 0n ? net : 0n }]
  })
  const exchange = exchangeAccountId()
  lines.push({
    accountId: exchange,
    debit: moreCredit > 0n ? moreCredit : 0n,
    credit: moreCredit < 0n ? -moreCredit : 0n,
  })
  return { ...entry, lines }
}
