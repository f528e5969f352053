import type { PostedDocumentRef } from '../../../shared/domain/sales'
import type { Quote, QuoteStatus, SalesOrder } from '../../../shared/domain/sales-flow'
import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { copyIntoDraft } from './convert-document'
import { getDocument, listDocuments } from './documents'
import { closureOf, documentsFrom, issueDocument, requireIssued } from './issue-document'
import { getOrder } from './orders'
import { postDocument } from './post-document'

export function getQuote(ctx: CompanyContext, id: string): Quote {
  const doc = getDocument(ctx, id)
  if (doc.type !== 'quote')
    throw new DaftarError('not-found', `Quote ${id} was not found`, { what: 'Quote', key: id })
  const made = documentsFrom(ctx, id).find(
    (row) => row.status !== 'draft' && (row.type === 'sales_order' || row.type === 'invoice'),
  )
  const status: QuoteStatus =
    doc.status === 'draft'
      ? 'draft'
      : made
        ? 'accepted'
        : closureOf(ctx, id)
          ? 'declined'
          : 'issued'
  return {
    ...doc,
    flowStatus: status,
    acceptedInto: made
      ? { id: made.id, type: made.type as 'sales_order' | 'invoice', number: made.number }
      : null,
  }
}

export function listQuotes(
  ctx: CompanyContext,
  filter: { contactId?: string; openOnly?: boolean } = {},
): Quote[] {
  return listDocuments(ctx, 'quote', filter.contactId)
    .map((doc) => getQuote(ctx, doc.id))
    .filter((quote) => !filter.openOnly || quote.flowStatus === 'issued')
}

/** Accepts a quote into a new issued sales order with all its lines; a draft is issued first. */
export function acceptQuoteIntoOrder(ctx: CompanyContext, id: string, date?: string): SalesOrder {
  return ctx.transaction(() => {
    const quote = acceptable(ctx, id)
    const draft = copyIntoDraft(ctx, quote, 'sales_order', wholeLines(quote), date)
    issueDocument(ctx, draft.id, 'sales_order')
    return getOrder(ctx, draft.id)
  })
}

/** Accepts a quote straight into a posted invoice with all its lines; a draft is issued first. */
export function acceptQuoteIntoInvoice(
  ctx: CompanyContext,
  id: string,
  date?: string,
): PostedDocumentRef {
  return ctx.transaction(() => {
    const quote = acceptable(ctx, id)
    const draft = copyIntoDraft(ctx, quote, 'invoice', wholeLines(quote), date)
    return postDocument(ctx, draft.id, 'invoice')
  })
}

function acceptable(ctx: CompanyContext, id: string): Quote {
  const first = getQuote(ctx, id)
  if (first.flowStatus === 'draft') issueDocument(ctx, id, 'quote')
  requireIssued(ctx, id, 'quote')
  const quote = getQuote(ctx, id)
  if (quote.flowStatus === 'accepted')
    throw validationError(
      'id',
      `${quote.number} is already accepted into ${quote.acceptedInto?.number ?? 'another document'}`,
    )
  if (quote.flowStatus === 'declined')
    throw validationError('id', `${quote.number} was declined and cannot be accepted`)
  return quote
}

function wholeLines(quote: Quote) {
  return quote.lines.map((line) => ({ line, quantity: line.quantity }))
}
