import { sql } from 'kysely'
import type { AppliedCredit } from '../../../shared/domain/sales'
import { currencyDecimals, toDecimalString } from '../../../shared/money'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { assertValidEntry } from '../ledger/journal'
import { writePostedEntries } from '../ledger/posting'
import { payablesAccountId } from '../purchasing/purchasing-accounts'
import {
  allocate,
  itemOf,
  openNow,
  outstanding,
  type OpenItem,
  type Side,
} from '../receivables/open-items'
import { withExchangeDifference } from './document-posting'
import { requireCustomer, requireSupplier } from './documents'
import { exchangeAccountId } from './exchange-account'
import { receivablesAccountId } from './sales-settings'

/** How the journal entry of a credit applied at another rate is found again: by this source. */
export const CREDIT_APPLIED_SOURCE = 'credit-applied'

/** What differs between using a customer's credit on an invoice and a supplier's on a bill. */
const SIDES = {
  receivable: {
    type: 'invoice',
    field: 'invoiceId',
    documents: 'invoices',
    requireContact: requireCustomer,
    controlAccountId: receivablesAccountId,
  },
  payable: {
    type: 'bill',
    field: 'billId',
    documents: 'bills',
    requireContact: requireSupplier,
    controlAccountId: payablesAccountId,
  },
} as const

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
  return applyCredit(ctx, 'receivable', input.invoiceId, input.amount)
}

/**
 * The mirror for a supplier: its credit (supplier payments kept as credit, the unused rest of
 * debit notes) pays a posted bill in the same currency, as `applyCustomerCredit` does an invoice.
 */
export function applySupplierCredit(
  ctx: CompanyContext,
  input: { billId: string; amount?: bigint },
): AppliedCredit {
  return applyCredit(ctx, 'payable', input.billId, input.amount)
}

function applyCredit(
  ctx: CompanyContext,
  side: Side,
  documentId: string,
  amount: bigint | undefined,
): AppliedCredit {
  const spec = SIDES[side]
  return ctx.transaction(() => {
    const owing = ctx.q.first(
      ctx.db.selectFrom('document').selectAll().where('id', '=', documentId),
    )
    const what = spec.type === 'bill' ? 'Bill' : 'Invoice'
    if (!owing || owing.type !== spec.type) throw notFound(what, documentId)
    if (owing.status !== 'posted')
      throw validationError(spec.field, `${owing.number ?? 'A draft'} is not a posted ${spec.type}`)
    const contact = spec.requireContact(ctx, owing.contact_id)
    const item = itemOf(ctx, { documentId: owing.id }, side)!
    const money = (amount: bigint) =>
      `${toDecimalString(amount, currencyDecimals(owing.currency))} ${owing.currency}`
    const owed = outstanding(item)
    if (owed === 0n) throw validationError(spec.field, `${owing.number} is paid in full`)
    const credits = openCredits(ctx, side, contact.id)
    const usable = credits.filter((credit) => credit.item.currency === owing.currency)
    const available = usable.reduce((sum, credit) => sum - outstanding(credit.item), 0n)
    if (available === 0n) {
      const other = credits.find((credit) => credit.item.currency !== owing.currency)
      throw validationError(
        spec.field,
        other
          ? `${contact.name}'s credit is in ${other.item.currency}; it pays only ${other.item.currency} ${spec.documents}, and ${owing.number} is in ${owing.currency}`
          : `${contact.name} has no credit to use`,
        { reason: other ? 'cross-currency' : 'no-credit' },
      )
    }
    const wanted = amount ?? (owed < available ? owed : available)
    if (wanted <= 0n) throw validationError('amount', 'The credit to use must be more than zero')
    if (wanted > owed)
      throw validationError('amount', `${owing.number} has only ${money(owed)} left to pay`)
    if (wanted > available)
      throw validationError(
        'amount',
        `${contact.name} has ${money(available)} of credit, less than ${money(wanted)}`,
      )

    const { lockDate } = ctx.settings()
    let left = wanted
    let gap = 0n
    let latest = owing.date
    const sources: AppliedCredit['sources'] = []
    let owedItem = item
    for (const credit of usable) {
      if (left === 0n) break
      const open = -outstanding(credit.item)
      const part = open < left ? open : left
      const date = credit.item.date > owing.date ? credit.item.date : owing.date
      if (lockDate && date <= lockDate)
        throw new DaftarError(
          'period-locked',
          `The books are locked up to ${lockDate}; using ${credit.number} on ${owing.number} would be dated ${date}`,
          { field: spec.field },
        )
      gap += allocate(ctx, owedItem, credit.item, part)
      owedItem = itemOf(ctx, { documentId: owing.id }, side)!
      if (date > latest) latest = date
      sources.push({ number: credit.number, amount: part })
      left -= part
    }
    const journalEntryId = gap === 0n ? null : postDifference(ctx, side, owing.number!, latest, gap)
    ctx.changes.append('document', owing.id, 'update', {
      creditApplied: wanted,
      sources,
      journalEntryId,
    })
    return { applied: wanted, outstanding: owed - wanted, journalEntryId, sources }
  })
}

/** A contact's open credits on the side, oldest first: its payments' and notes' negative items. */
function openCredits(ctx: CompanyContext, side: Side, contactId: string) {
  const rows = ctx.q.all(
    ctx.db
      .selectFrom(`${side}_item as i`)
      .leftJoin('payment as p', 'p.id', 'i.payment_id')
      .leftJoin('document as d', 'd.id', 'i.document_id')
      .select(['i.id', 'i.payment_id', 'i.document_id', 'p.number as paymentNumber', 'd.number'])
      .where(sql.raw<boolean>(openNow('i')))
      .where('i.contact_id', '=', contactId)
      .where('i.amount', '<', 0n)
      .orderBy('i.date')
      .orderBy('i.id'),
  )
  return rows.map((row) => {
    const key = row.payment_id ? { paymentId: row.payment_id } : { documentId: row.document_id! }
    const item: OpenItem = itemOf(ctx, key, side)!
    const base = ctx.settings().currency
    return {
      item: { ...item, currency: item.currency ?? base },
      number: row.paymentNumber ?? row.number ?? '',
    }
  })
}

/** The control account against the exchange account, by what the settled parts' base amounts differ. */
function postDifference(
  ctx: CompanyContext,
  side: Side,
  number: string,
  date: string,
  gap: bigint,
): string {
  const control = SIDES[side].controlAccountId(ctx)
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
    side,
  )
  assertValidEntry(ctx, entry)
  return writePostedEntries(ctx, [entry])[0]!.id
}
