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

/**
 * The journal of a sales document: the gross on the receivables account, the net on each income
 * account and the tax on each output tax account, on the other side. An invoice debits
 * receivables; a credit note is its mirror image. Accounts are summed, zero amounts dropped.
 */
export function salesEntry(
  document: PostingDocument,
  receivablesAccountId: string,
  kind: 'invoice' | 'credit_note',
): ValidEntry {
  const credits = new Map<string, bigint>()
  const add = (accountId: string, amount: bigint) =>
    credits.set(accountId, (credits.get(accountId) ?? 0n) + amount)
  for (const line of document.lines) {
    add(line.accountId, line.net)
    if (line.taxAccountId) add(line.taxAccountId, line.tax)
  }
  const side = (accountId: string, amount: bigint, receivable: boolean): EntryLineInput => {
    const debit = receivable === (kind === 'invoice')
    return { accountId, debit: debit ? amount : 0n, credit: debit ? 0n : amount }
  }
  const lines: EntryLineInput[] = [side(receivablesAccountId, document.gross, true)]
  for (const [accountId, amount] of credits)
    if (amount > 0n) lines.push(side(accountId, amount, false))
  const what = kind === 'invoice' ? 'Invoice' : 'Credit note'
  return {
    date: document.date,
    reference: document.number,
    memo: `${what} ${document.number}, ${document.contactName}`,
    lines,
    source: kind === 'invoice' ? 'invoice' : 'credit-note',
  }
}

/** A customer payment: the bank or cash account debited, receivables credited. */
export function paymentEntry(payment: {
  number: string
  date: string
  contactName: string
  amount: bigint
  accountId: string
  receivablesAccountId: string
}): ValidEntry {
  return {
    date: payment.date,
    reference: payment.number,
    memo: `Payment ${payment.number}, ${payment.contactName}`,
    source: 'payment',
    lines: [
      { accountId: payment.accountId, debit: payment.amount, credit: 0n },
      { accountId: payment.receivablesAccountId, debit: 0n, credit: payment.amount },
    ],
  }
}
