import { today } from '../../../shared/dates'
import type { PostedDocumentRef } from '../../../shared/domain/sales'
import { toDecimalString } from '../../../shared/money'
import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { reverseEntry } from '../ledger/journal'
import { contactBalance, itemOf, outstanding, settle, sideOf } from '../receivables/open-items'
import { toBase } from './exchange'
import { documentName, requireCustomer } from './documents'
import { postTradeDocument, type TradeSide } from './post-trade-document'
import { receivablesAccountId, salesSettings } from './sales-settings'

const SALES: TradeSide = {
  side: 'receivable',
  opens: 'invoice',
  note: 'credit_note',
  series: { opens: 'INV', note: 'CN' },
  requireContact: requireCustomer,
  controlAccountId: receivablesAccountId,
  taxAccountId: (line) => line.output_account_id,
  rest: 'credit',
  checkOpening: (ctx, doc, contact, exchange, warnings) => {
    if (contact.credit_limit === null) return
    const after = contactBalance(ctx, contact.id) + toBase(doc.gross, exchange)
    if (after > contact.credit_limit) {
      const money = (amount: bigint) => toDecimalString(amount, ctx.settings().decimals)
      const message = `${contact.name} would owe ${money(after)}, over the credit limit of ${money(contact.credit_limit)}`
      if (salesSettings(ctx).creditLimitPolicy === 'refuse')
        throw validationError('contactId', message, { reason: 'credit-limit' })
      warnings.push(message)
    }
  },
}

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
  return postTradeDocument(ctx, id, type, SALES)
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
