import type { AppliedCredit } from '../../../shared/domain/sales'
import { currencyDecimals, toDecimalString } from '../../../shared/money'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { assertValidEntry } from '../ledger/journal'
import { writePostedEntries } from '../ledger/posting'
import { allocate, itemOf, outstanding, type OpenItem } from '../receivables/open-items'
import { withExchangeDifference } from './document-posting'
import { requireCustomer } from './documents'
import { exchangeAccountId } from './exchange-account'
import { receivablesAccountId } from './sales-settings'

/** How the journal entry of a credit applied at another rate is found again: by this source. */
export const CREDIT_APPLIED_SOURCE = 'credit-applied'

/**
 * Uses a customer's credit (payments kept as credit, the unused rest of credit notes) to pay a
 * posted invoice in the same currency, oldest credit first, up to `amount` (all it can when
 * absent). Each part is settled on the later of the two dates, as a payment is (the payment keeps
 * its allocations as made: what it kept as credit, its receipt says). Credit taken at another rate than the
 * invoice's realises the difference: its journal (receivables against 4950) is linked to the
 * invoice by its number. Credit in another currency is refused: it would need a rate for both.
 */
export function applyCustomerCredit(
  ctx: CompanyContext,
  input: { invoiceId: string; amount?: bigint },
): AppliedCredit {
  return ctx.transaction(() => {
    const invoice = ctx.q.first(
      ctx.db.selectFrom('document').selectAll().where('id', '=', input.invoiceId),
    )
    if (!invoice || invoice.type !== 'invoice') throw notFound('Invoice', input.invoiceId)
    if (invoice.status !== 'posted')
      throw validationError('invoiceId', `${invoice.number ?? 'A draft'} is not a posted invoice`)
    const contact = requireCustomer(ctx, invoice.contact_id)
    const item = itemOf(ctx, { documentId: invoice.id })!
    const money = (amount: bigint) =>
      `${toDecimalString(amount, currencyDecimals(invoice.currency))} ${invoice.currency}`
    const owed = outstanding(item)
    if (owed === 0n) throw validationError('invoiceId', `${invoice.number} is paid in full`)
    const credits = openCredits(ctx, contact.id)
    const usable = credits.filter((credit) => credit.item.currency === invoice.currency)
    const available = usable.reduce((sum, credit) => sum - outstanding(credit.item), 0n)
    if (available === 0n) {
      const other = credits.find((credit) => credit.item.currency !== invoice.currency)
      throw validationError(
        'invoiceId',
        other
          ? `${contact.name}'s credit is in ${other.item.currency}; it pays only ${other.item.currency} invoices, and ${invoice.number} is in ${invoice.currency}`
          : `${contact.name} has no credit to use`,
        { reason: other ? 'cross-currency' : 'no-credit' },
      )
    }
    const wanted = input.amount ?? (owed < available ? owed : available)
    if (wanted <= 0n) throw validationError('amount', 'The credit to use must be more than zero')
    if (wanted > owed)
      throw validationError('amount', `${invoice.number} has only ${money(owed)} left to pay`)
    if (wanted > available)
      throw validationError(
        'amount',
        `${contact.name} has ${money(available)} of credit, less than ${money(wanted)}`,
      )

    const { lockDate } = ctx.settings()
    let left = wanted
    let gap = 0n
    let latest = invoice.date
    const sources: AppliedCredit['sources'] = []
    let owedItem = item
    for (const credit of usable) {
      if (left === 0n) break
      const open = -outstanding(credit.item)
      const part = open < left ? open : left
      const date = credit.item.date > invoice.date ? credit.item.date : invoice.date
      if (lockDate && date <= lockDate)
        throw new DaftarError(
          'period-locked',
          `The books are locked up to ${lockDate}; using ${credit.number} on ${invoice.number} would be dated ${date}`,
          { field: 'invoiceId' },
        )
      gap += allocate(ctx, owedItem, credit.item, part)
      owedItem = itemOf(ctx, { documentId: invoice.id })!
      if (date > latest) latest = date
      sources.push({ number: credit.number, amount: part })
      left -= part
    }
    const journalEntryId = gap === 0n ? null : postDifference(ctx, invoice.number!, latest, gap)
    ctx.changes.append('document', invoice.id, 'update', {
      creditApplied: wanted,
      sources,
      journalEntryId,
    })
    return { applied: wanted, outstanding: owed - wanted, journalEntryId, sources }
  })
}

/** A customer's open credits, oldest first: its payments' and credit notes' negative open items. */
function openCredits(ctx: CompanyContext, contactId: string) {
  const rows = ctx.q.all(
    ctx.db
      .selectFrom('receivable_item as i')
      .leftJoin('payment as p', 'p.id', 'i.payment_id')
      .leftJoin('document as d', 'd.id', 'i.document_id')
      .select(['i.id', 'i.payment_id', 'i.document_id', 'p.number as paymentNumber', 'd.number'])
      .where('i.contact_id', '=', contactId)
      .where('i.closed_on', 'is', null)
      .where('i.amount', '<', 0n)
      .orderBy('i.date')
      .orderBy('i.id'),
  )
  return rows.map((row) => {
    const key = row.payment_id ? { paymentId: row.payment_id } : { documentId: row.document_id! }
    const item: OpenItem = itemOf(ctx, key)!
    const base = ctx.settings().currency
    return {
      item: { ...item, currency: item.currency ?? base },
      number: row.paymentNumber ?? row.number ?? '',
    }
  })
}

/** Receivables against the exchange account, by what the settled parts' base amounts differ. */
function postDifference(ctx: CompanyContext, number: string, date: string, gap: bigint): string {
  const control = receivablesAccountId(ctx)
  const entry = withExchangeDifference(
    {
      date,
      reference: number,
      memo: `Credit used on ${number}: exchange difference`,
      source: CREDIT_APPLIED_SOURCE,
      lines: [{ accountId: control, debit: 0n, credit: 0n }],
    },
    gap,
    control,
    () => exchangeAccountId(ctx),
    'receivable',
  )
  assertValidEntry(ctx, entry)
  return writePostedEntries(ctx, [entry])[0]!.id
}
