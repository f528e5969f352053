import { isIsoDate } from '../../../shared/dates'
import type { Payment, PaymentInput } from '../../../shared/domain/sales'
import { currencyDecimals, toDecimalString } from '../../../shared/money'
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
  afterSettling,
  allocate,
  baseShare,
  itemOf,
  openInvoiceItems,
  outstanding,
  type OpenItem,
  type Side,
} from '../receivables/open-items'
import { paymentEntry, withExchangeDifference } from './document-posting'
import { requireCustomer, requireSupplier } from './documents'
import { exchangeAccountId } from './exchange-account'
import { resolveExchange, toBase, type Exchange } from './exchange'
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
    const { lockDate, currency: base } = ctx.settings()
    const exchange = resolveExchange(base, input.currency, input.rate)
    const decimals = currencyDecimals(exchange.currency)
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
    const baseAmount = toBase(input.amount, exchange)
    if (baseAmount <= 0n)
      throw validationError(
        'amount',
        `${money(input.amount)} ${exchange.currency} is worth less than the smallest unit of ${base}`,
      )
    requireLiveAccount(ctx, input.accountId, 'accountId')
    refuseControlAccount(ctx, input.accountId, 'accountId')

    const plan = allocationPlan(ctx, input, contact.id, money, side, exchange)
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
    const gap = exchangeGap(plan, -baseAmount, -input.amount)
    let posted = 0n
    const controlAccountId = side === 'payable' ? payablesAccountId(ctx) : receivablesAccountId(ctx)
    const entry = withExchangeDifference(
      paymentEntry({
        number: number!,
        date: input.date,
        contactName: contact.name,
        amount: baseAmount,
        accountId: input.accountId,
        controlAccountId,
        direction: words.direction,
      }),
      gap,
      controlAccountId,
      () => exchangeAccountId(ctx),
      side,
    )
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
      currency: exchange.currency,
      rate: exchange.rate,
      amount: input.amount,
      base_amount: baseAmount,
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
      amount: -baseAmount,
      currency: exchange.currency,
      docAmount: -input.amount,
    })
    for (const [item, amount] of plan) {
      ctx.q.run(
        ctx.db
          .insertInto('payment_allocation')
          .values({ payment_id: paymentId, document_id: item.documentId!, amount }),
      )
      posted += allocate(ctx, item, itemOf(ctx, { paymentId }, side)!, amount)
    }
    if (posted !== gap) throw new Error(`Exchange difference ${posted} settled, ${gap} posted`)
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
  exchange: Exchange,
): [OpenItem, bigint][] {
  const { who, owed } = SIDES[side]
  const currencyOf = (item: OpenItem) => item.currency ?? exchange.base
  if (!input.allocations) {
    let left = input.amount
    const plan: [OpenItem, bigint][] = []
    const inCurrency = openInvoiceItems(ctx, contactId, side).filter(
      (item) => currencyOf(item) === exchange.currency,
    )
    for (const item of inCurrency) {
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
      if (currencyOf(item) !== exchange.currency)
        throw validationError(
          field,
          `Allocation ${index + 1}: ${doc.number} is in ${currencyOf(item)}; pay it in ${currencyOf(item)} (a payment in ${exchange.currency} settles only ${exchange.currency} ${owed}s)`,
          { reason: 'cross-currency' },
        )
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

/**
 * The realised exchange difference of a plan, in base currency, worked out before anything is
 * written (the payment's journal carries it): each invoice's base part at its own rate less the
 * payment's base part at the payment's rate, the payment's item taken as it will be settled.
 */
function exchangeGap(plan: [OpenItem, bigint][], baseAmount: bigint, docAmount: bigint): bigint {
  let payment: OpenItem = {
    side: 'receivable',
    id: '',
    contactId: '',
    documentId: null,
    paymentId: null,
    date: '',
    dueDate: '',
    amount: baseAmount,
    settled: 0n,
    currency: null,
    docAmount,
    docSettled: 0n,
  }
  let gap = 0n
  for (const [item, amount] of plan) {
    gap += baseShare(item, amount) + baseShare(payment, -amount)
    payment = afterSettling(payment, -amount)
  }
  return gap
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
