import type { PostedDocumentRef } from '../../../shared/domain/sales'
import { DaftarError, validationError } from '../../../shared/errors'
import { currencyDecimals, toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import type { ContactTable } from '../db/sales-schema'
import { reserveNumbers } from '../ledger/numbering'
import {
  addItem,
  allocate,
  itemOf,
  outstanding,
  sideOf,
  type Side,
} from '../receivables/open-items'
import { salesEntry, withExchangeDifference } from './document-posting'
import { aDocument, documentName, requireDraft, type DraftDocument } from './documents'
import { exchangeAccountId } from './exchange-account'
import { documentExchange, type Exchange } from './exchange'
import { postingLinesInBase, recordDocumentPosting, type PostingLineRow } from './record-posting'

/** What differs between posting a sales document (invoice, credit note) and a purchase one. */
export interface TradeSide {
  side: Side
  /** The document that opens an item (invoice, bill) and the note against it. */
  opens: 'invoice' | 'bill'
  note: 'credit_note' | 'debit_note'
  series: { opens: string; note: string }
  requireContact: (ctx: CompanyContext, contactId: string) => ContactTable
  controlAccountId: (ctx: CompanyContext) => string
  taxAccountId: (line: PostingLineRow) => string | null
  /** What a note's rest beyond its target stays as: the customer's credit, the supplier's debit. */
  rest: 'credit' | 'debit'
  /** The checks only an opening document has; may add warnings. */
  checkOpening: (
    ctx: CompanyContext,
    doc: DraftDocument,
    contact: ContactTable,
    exchange: Exchange,
    warnings: string[],
  ) => void
}

/**
 * Posts a draft invoice, credit note, bill or debit note: numbers it, writes its journal through
 * the one posting path, and adds its open item, all in one transaction. A note settles what it
 * can of its invoice or bill; any rest stays as the contact's credit (debit).
 */
export function postTradeDocument(
  ctx: CompanyContext,
  id: string,
  type: TradeSide['opens'] | TradeSide['note'],
  trade: TradeSide,
): PostedDocumentRef {
  return ctx.transaction(() => {
    const doc = requireDraft(ctx, id, type)
    const contact = trade.requireContact(ctx, doc.contact_id)
    const settings = ctx.settings()
    const { lockDate, currency: base } = settings
    const exchange = documentExchange(ctx, doc, base)
    if (lockDate && doc.date <= lockDate)
      throw new DaftarError(
        'period-locked',
        `The books are locked up to ${lockDate}; this ${documentName(type).toLowerCase()} is dated ${doc.date}`,
        { field: 'date' },
      )
    if (doc.gross <= 0n)
      throw validationError('lines', `${aDocument(type)} must come to more than zero`)
    const opens = type === trade.opens
    const warnings: string[] = []
    if (opens) trade.checkOpening(ctx, doc, contact, exchange, warnings)
    const targetItem = opens ? undefined : noteTarget(ctx, doc, trade.note)

    const [number] = reserveNumbers(ctx, opens ? trade.series.opens : trade.series.note, 1)
    const inBase = postingLinesInBase(ctx, doc, exchange)
    addItem(ctx, {
      side: trade.side,
      contactId: contact.id,
      documentId: id,
      date: doc.date,
      dueDate: opens ? doc.due_date : doc.date,
      amount: opens ? inBase.gross : -inBase.gross,
      currency: doc.currency,
      docAmount: opens ? doc.gross : -doc.gross,
    })
    let gap = 0n
    if (targetItem) {
      const open = outstanding(targetItem)
      const applied = open < doc.gross ? open : doc.gross
      if (applied > 0n)
        gap = allocate(ctx, targetItem, itemOf(ctx, { documentId: id }, trade.side)!, applied)
      if (applied < doc.gross)
        warnings.push(
          `${toDecimalString(doc.gross - applied, currencyDecimals(doc.currency))} is kept as ${contact.name}'s ${trade.rest}`,
        )
    }
    const controlAccountId = trade.controlAccountId(ctx)
    const entry = withExchangeDifference(
      salesEntry(
        {
          number: number!,
          date: doc.date,
          contactName: contact.name,
          gross: inBase.gross,
          lines: inBase.lines.map((line) => ({
            accountId: line.account_id,
            taxAccountId: trade.taxAccountId(line),
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
      trade.side,
    )
    const journalEntryId = recordDocumentPosting(ctx, id, number!, entry, inBase, settings)
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
function noteTarget(
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
