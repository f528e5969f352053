import { isIsoDate } from '../../../shared/dates'
import type { Payment, PaymentInput } from '../../../shared/domain/sales'
import { toDecimalString } from '../../../shared/money'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { newId, nowIso } from '../ids'
import { assertValidEntry } from '../ledger/journal'
import { reserveNumbers } from '../ledger/numbering'
import { writePostedEntries } from '../ledger/posting'
import { requireLiveAccount } from '../products/account-check'
import { payablesAccountId, refuseControlAccount } from '../purchasing/purchasing-accounts'
import {
  addItem,
  allocate,
  itemOf,
  openInvoiceItems,
  outstanding,
  type OpenItem,
  type Side,
} from '../receivables/open-items'
import { paymentEntry } from './document-posting'
import { requireCustomer, requireSupplier } from './documents'
import { receivablesAccountId } from './sales-settings'

/** How the two sides' payments differ: who pays whom, what they settle, their number series. */
const SIDES = {
  receivable: { who: 'customer', owed: 'invoice', series: 'PAY', direction: 'received' },
  payable: { who: 'supplier', owed: 'bill', series: 'BPAY', direction: 'paid' },
} as const

/**
 * Records money received from a customer and posts it: bank or cash debited, receivables
 * credited, and the amount allocated to invoices (the ones named, or the oldest due first).
 * Paying beyond an invoice's balance, or beyond all of them, is refused unless `keepCredit`
 * says to keep the rest as the customer's credit.
 */
export function receivePayment(ctx: CompanyContext, input: PaymentInput): Payment {
  return recordPayment(ctx, input, 'receivable')
}

/**
 * A payment on either side: received from a customer against invoices, or paid to a supplier
 * against bills (payables debited, the bank or cash account credited), with the same allocation
 * and overpayment rules.
 */
export function recordPayment(ctx: CompanyContext, input: PaymentInput, side: Side): Payment {
  const words = SIDES[side]
  const id = ctx.transaction(() => {
    const contact =
      side === 'payable'
        ? requireSupplier(ctx, input.contactId)
        : requireCustomer(ctx, input.contactId)
    const { lockDate, currency, decimals } = ctx.settings()
    const money = (amount: bigint) => toDecimalString(amount, decimals)
    if (!isIsoDate(input.date))
      throw validationError('date', `${input.date} is not a real date (YYYY-MM-DD)`)
    if (lockDate && input.date <= lockDate)
      throw new DaftarError(
        'period-locked',
        `The books are locked up to ${lockDate}; this payment is dated ${input.date}`,
        { field: 'date' },
      )
    if (input.amount <= 0n) throw validationError('amount', 'A payment must be more than zero')
    if ((input.currency ?? currency).toUpperCase() !== currency)
      throw validationError('currency', `Payments in ${input.currency} are not supported yet`)
    requireLiveAccount(ctx, input.accountId, 'accountId')
    refuseControlAccount(ctx, input.accountId, 'accountId')

    const plan = allocationPlan(ctx, input, contact.id, money, side)
    const allocated = plan.reduce((sum, [, amount]) => sum + amount, 0n)
    if (allocated > input.amount)
      throw validationError(
        'allocations',
        `The allocations come to ${money(allocated)}, more than the payment of ${money(input.amount)}`,
      )
    if (allocated < input.amount && !input.keepCredit)
      throw validationError(
        'amount',
        `${money(input.amount - allocated)} of the payment pays no ${words.owed}; choose to keep it as ${contact.name}'s credit`,
        { reason: 'overpayment' },
      )

    const [number] = reserveNumbers(ctx, words.series, 1)
    const entry = paymentEntry({
      number: number!,
      date: input.date,
      contactName: contact.name,
      amount: input.amount,
      accountId: input.accountId,
      controlAccountId: side === 'payable' ? payablesAccountId(ctx) : receivablesAccountId(ctx),
      direction: words.direction,
    })
    assertValidEntry(ctx, entry)
    const [journal] = writePostedEntries(ctx, [entry])
    const paymentId = newId()
    const row = {
      id: paymentId,
      number: number!,
      direction: words.direction,
      contact_id: contact.id,
      date: input.date,
      account_id: input.accountId,
      currency,
      rate: 1_000_000_000n,
      amount: input.amount,
      base_amount: input.amount,
      reference: input.reference ?? '',
      memo: input.memo ?? '',
      journal_entry_id: journal!.id,
      created_at: nowIso(),
    }
    ctx.q.run(ctx.db.insertInto('payment').values(row))
    addItem(ctx, {
      side,
      contactId: contact.id,
      paymentId,
      date: input.date,
      dueDate: input.date,
      amount: -input.amount,
    })
    for (const [item, amount] of plan) {
      ctx.q.run(
        ctx.db
          .insertInto('payment_allocation')
          .values({ payment_id: paymentId, document_id: item.documentId!, amount }),
      )
      allocate(ctx, item, itemOf(ctx, { paymentId }, side)!, amount)
    }
    ctx.changes.append('payment', paymentId, 'post', {
      ...row,
      allocations: plan.map(([item, amount]) => ({ documentId: item.documentId, amount })),
    })
    return paymentId
  })
  return getPayment(ctx, id)
}

/** Which open invoice (or bill) items get how much: named ones checked, or the oldest due first. */
function allocationPlan(
  ctx: CompanyContext,
  input: PaymentInput,
  contactId: string,
  money: (amount: bigint) => string,
  side: Side,
): [OpenItem, bigint][] {
  const { who, owed } = SIDES[side]
  if (!input.allocations) {
    let left = input.amount
    const plan: [OpenItem, bigint][] = []
    for (const item of openInvoiceItems(ctx, contactId, side)) {
      if (left === 0n) break
      const open = outstanding(item)
      const amount = open < left ? open : left
      plan.push([item, amount])
      left -= amount
    }
    return plan
  }
  const seen = new Set<string>()
  return input.allocations
    .map(({ documentId, amount }, index) => {
      const field = `allocations.${index}`
      const item = itemOf(ctx, { documentId }, side)
      const doc = ctx.q.first(
        ctx.db
          .selectFrom('document')
          .select(['number', 'type', 'status'])
          .where('id', '=', documentId),
      )
      if (!item || !doc || doc.type !== owed || item.contactId !== contactId)
        throw validationError(
          field,
          `Allocation ${index + 1}: choose a posted ${owed} of this ${who}`,
        )
      if (seen.has(documentId))
        throw validationError(field, `Allocation ${index + 1}: ${doc.number} is named twice`)
      seen.add(documentId)
      if (amount <= 0n)
        throw validationError(field, `Allocation ${index + 1}: must be more than zero`)
      const open = outstanding(item)
      if (amount > open) {
        if (!input.keepCredit)
          throw validationError(
            field,
            `${doc.number} has ${money(open)} left to pay, less than the ${money(amount)} allocated; choose to keep the rest as credit`,
            { reason: 'overpayment' },
          )
        return [item, open] as [OpenItem, bigint]
      }
      return [item, amount] as [OpenItem, bigint]
    })
    .filter(([, amount]) => amount > 0n)
}

export function getPayment(ctx: CompanyContext, id: string): Payment {
  const row = ctx.q.first(ctx.db.selectFrom('payment').selectAll().where('id', '=', id))
  if (!row) throw notFound('Payment', id)
  const allocations = ctx.q.all(
    ctx.db
      .selectFrom('payment_allocation as a')
      .innerJoin('document as d', 'd.id', 'a.document_id')
      .select(['a.document_id', 'a.amount', 'd.number'])
      .where('a.payment_id', '=', id)
      .orderBy('d.number'),
  )
  const allocated = allocations.reduce((sum, a) => sum + a.amount, 0n)
  return {
    id: row.id,
    number: row.number,
    contactId: row.contact_id,
    date: row.date,
    accountId: row.account_id,
    currency: row.currency,
    amount: row.amount,
    reference: row.reference,
    memo: row.memo,
    journalEntryId: row.journal_entry_id,
    allocations: allocations.map((a) => ({
      documentId: a.document_id,
      number: a.number ?? '',
      amount: a.amount,
    })),
    unallocated: row.amount - allocated,
  }
}
