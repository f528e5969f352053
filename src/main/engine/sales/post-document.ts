import { today } from '../../../shared/dates'
import type { PostedDocumentRef } from '../../../shared/domain/sales'
import { currencyDecimals, toDecimalString } from '../../../shared/money'
import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { reverseEntry } from '../ledger/journal'
import { reserveNumbers } from '../ledger/numbering'
import {
  addItem,
  allocate,
  contactBalance,
  itemOf,
  outstanding,
  settle,
  sideOf,
} from '../receivables/open-items'
import { salesEntry, withExchangeDifference } from './document-posting'
import { exchangeAccountId } from './exchange-account'
import { documentExchange, toBase } from './exchange'
import { aDocument, documentName, requireCustomer, requireDraft } from './documents'
import { receivablesAccountId, salesSettings } from './sales-settings'
import { postingLinesInBase, recordDocumentPosting } from './record-posting'

const SERIES: Record<'invoice' | 'credit_note', string> = { invoice: 'INV', credit_note: 'CN' }

/**
 * Posts a draft invoice or credit note: numbers it, writes its journal through the one posting
 * path, and adds its receivable open item, all in one transaction. A credit note settles what it
 * can of its invoice; any rest stays as the customer's credit.
 */
export function postDocument(
  ctx: CompanyContext,
  id: string,
  type: 'invoice' | 'credit_note',
): PostedDocumentRef {
  return ctx.transaction(() => {
    const doc = requireDraft(ctx, id, type)
    const contact = requireCustomer(ctx, doc.contact_id)
    const { lockDate, decimals, currency: base } = ctx.settings()
    const exchange = documentExchange(ctx, doc, base)
    const money = (amount: bigint) => toDecimalString(amount, decimals)
    if (lockDate && doc.date <= lockDate)
      throw new DaftarError(
        'period-locked',
        `The books are locked up to ${lockDate}; this ${documentName(type).toLowerCase()} is dated ${doc.date}`,
        { field: 'date' },
      )
    if (doc.gross <= 0n)
      throw validationError('lines', `${aDocument(type)} must come to more than zero`)
    const warnings: string[] = []
    const invoiceItem = type === 'credit_note' ? noteTarget(ctx, doc, 'credit_note') : undefined
    if (type === 'invoice' && contact.credit_limit !== null) {
      const after = contactBalance(ctx, contact.id) + toBase(doc.gross, exchange)
      if (after > contact.credit_limit) {
        const message = `${contact.name} would owe ${money(after)}, over the credit limit of ${money(contact.credit_limit)}`
        if (salesSettings(ctx).creditLimitPolicy === 'refuse')
          throw validationError('contactId', message, { reason: 'credit-limit' })
        warnings.push(message)
      }
    }

    const [number] = reserveNumbers(ctx, SERIES[type], 1)
    const inBase = postingLinesInBase(ctx, doc, exchange)
    addItem(ctx, {
      contactId: contact.id,
      documentId: id,
      date: doc.date,
      dueDate: type === 'invoice' ? doc.due_date : doc.date,
      amount: type === 'invoice' ? inBase.gross : -inBase.gross,
      currency: doc.currency,
      docAmount: type === 'invoice' ? doc.gross : -doc.gross,
    })
    let gap = 0n
    if (invoiceItem) {
      const open = outstanding(invoiceItem)
      const applied = open < doc.gross ? open : doc.gross
      if (applied > 0n) gap = allocate(ctx, invoiceItem, itemOf(ctx, { documentId: id })!, applied)
      if (applied < doc.gross)
        warnings.push(
          `${toDecimalString(doc.gross - applied, currencyDecimals(doc.currency))} is kept as ${contact.name}'s credit`,
        )
    }
    const controlAccountId = receivablesAccountId(ctx)
    const entry = withExchangeDifference(
      salesEntry(
        {
          number: number!,
          date: doc.date,
          contactName: contact.name,
          gross: inBase.gross,
          lines: inBase.lines.map((line) => ({
            accountId: line.account_id,
            taxAccountId: line.output_account_id,
            net: line.net,
            tax: line.tax,
          })),
        },
        controlAccountId,
        type,
      ),
      gap,
      controlAccountId,
      () => exchangeAccountId(ctx),
      'receivable',
    )
    const journalEntryId = recordDocumentPosting(ctx, id, number!, entry, inBase)
    return { id, number: number!, journalEntryId, warnings }
  })
}

const NOTES = {
  credit_note: { target: 'invoice', field: 'invoiceId', who: 'customer', done: 'credited' },
  debit_note: { target: 'bill', field: 'billId', who: 'supplier', done: 'debited' },
} as const

/**
 * A credit note's invoice (or a debit note's bill): posted, the same contact's, and not credited
 * (debited) beyond its total. Returns its open item.
 */
export function noteTarget(
  ctx: CompanyContext,
  note: {
    id: string
    contact_id: string
    source_document_id: string | null
    gross: bigint
    currency: string
  },
  kind: keyof typeof NOTES,
) {
  const { target, field, who, done } = NOTES[kind]
  const invoice = note.source_document_id
    ? ctx.q.first(
        ctx.db.selectFrom('document').selectAll().where('id', '=', note.source_document_id),
      )
    : undefined
  const what = documentName(kind).toLowerCase()
  if (!invoice || invoice.type !== target || invoice.status !== 'posted')
    throw validationError(field, `A ${what} is made against a posted ${target}`)
  if (invoice.contact_id !== note.contact_id)
    throw validationError('contactId', `The ${what}'s ${who} is not ${invoice.number}'s`)
  if (invoice.currency !== note.currency)
    throw validationError(
      'currency',
      `${invoice.number} is in ${invoice.currency}; a ${what} against it is in ${invoice.currency} too, not ${note.currency}`,
    )
  const credited = ctx.q
    .prepare(
      `SELECT coalesce(sum(gross), 0) AS total FROM document
       WHERE source_document_id = ? AND type = ? AND status = 'posted'`,
    )
    .get(invoice.id, kind) as { total: bigint }
  if (credited.total + note.gross > invoice.gross) {
    const decimals = ctx.settings().decimals
    throw validationError(
      'lines',
      `${invoice.number} is for ${toDecimalString(invoice.gross, decimals)} and ${toDecimalString(credited.total, decimals)} of it is already ${done}; this ${what} is for ${toDecimalString(note.gross, decimals)}`,
    )
  }
  return itemOf(ctx, { documentId: invoice.id }, sideOf(kind))!
}

/**
 * Cancels a posted invoice nothing has been paid or credited against: its journal is reversed
 * (dated `date`, by default today or the invoice's date if later) and its open item closed.
 */
export function cancelInvoice(ctx: CompanyContext, id: string, date?: string): PostedDocumentRef {
  return cancelPosted(ctx, id, 'invoice', date)
}

/** Cancels a posted invoice or bill by reversal, the same way; see `cancelInvoice`. */
export function cancelPosted(
  ctx: CompanyContext,
  id: string,
  type: 'invoice' | 'bill',
  date?: string,
): PostedDocumentRef {
  return ctx.transaction(() => {
    const doc = ctx.q.first(ctx.db.selectFrom('document').selectAll().where('id', '=', id))
    const name = documentName(type)
    if (!doc || doc.type !== type)
      throw new DaftarError('not-found', `${name} ${id} was not found`, { what: name, key: id })
    if (doc.status !== 'posted')
      throw validationError(
        'id',
        `Only a posted ${type} can be cancelled; this one is ${doc.status}`,
      )
    const note = documentName(type === 'bill' ? 'debit_note' : 'credit_note').toLowerCase()
    const item = itemOf(ctx, { documentId: id }, sideOf(type))!
    if (item.settled !== 0n)
      throw validationError(
        'id',
        `${doc.number} has payments or ${note}s against it; issue a ${note} instead`,
      )
    const on = date ?? (today() > doc.date ? today() : doc.date)
    const reversal = reverseEntry(ctx, doc.journal_entry_id!, on)
    ctx.q.run(
      ctx.db
        .updateTable('document')
        .set({ status: 'cancelled', cancel_entry_id: reversal.id, cancelled_on: on })
        .where('id', '=', id),
    )
    settle(ctx, item, on, outstanding(item))
    ctx.changes.append('document', id, 'reverse', { cancelEntryId: reversal.id, date: on })
    return { id, number: doc.number!, journalEntryId: reversal.id, warnings: [] }
  })
}
