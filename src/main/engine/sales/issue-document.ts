import { isIsoDate, today } from '../../../shared/dates'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { nowIso } from '../ids'
import { reserveNumbers } from '../ledger/numbering'
import { documentName, requireCustomer, requireDraft, requireSupplier } from './documents'

export type FlowType = 'quote' | 'sales_order' | 'purchase_order'

const SERIES: Record<FlowType, string> = { quote: 'QT', sales_order: 'SO', purchase_order: 'PO' }

/**
 * Issues a draft quote, sales order or purchase order: it gets its number from the series and
 * can no longer change. It posts nothing: quotes and orders stay off the ledger.
 */
export function issueDocument(ctx: CompanyContext, id: string, type: FlowType): string {
  return ctx.transaction(() => {
    requireDraft(ctx, id, type)
    const doc = ctx.q.first(
      ctx.db.selectFrom('document').select(['contact_id']).where('id', '=', id),
    )!
    if (type === 'purchase_order') requireSupplier(ctx, doc.contact_id)
    else requireCustomer(ctx, doc.contact_id)
    const [number] = reserveNumbers(ctx, SERIES[type], 1)
    ctx.q.run(
      ctx.db
        .updateTable('document')
        .set({ status: 'posted', number, updated_at: nowIso() })
        .where('id', '=', id),
    )
    ctx.changes.append('document', id, 'post', { type, number, issued: true })
    return number!
  })
}

/** An issued quote or order of this type, or a not-found or validation error. */
export function requireIssued(ctx: CompanyContext, id: string, type: FlowType) {
  const doc = ctx.q.first(ctx.db.selectFrom('document').selectAll().where('id', '=', id))
  if (!doc || doc.type !== type) throw notFound(documentName(type), id)
  if (doc.status !== 'posted')
    throw validationError('id', `${documentName(type)} is still a draft; issue it first`)
  return doc
}

export function closureOf(ctx: CompanyContext, id: string) {
  return ctx.q.first(
    ctx.db.selectFrom('document_closure').selectAll().where('document_id', '=', id),
  )
}

/** Marks an issued quote declined or an order closed, for good. */
export function closeDocument(
  ctx: CompanyContext,
  id: string,
  type: FlowType,
  reason: string,
  date?: string,
): void {
  ctx.transaction(() => {
    const doc = requireIssued(ctx, id, type)
    const on = date ?? today()
    if (!isIsoDate(on)) throw validationError('date', `${on} is not a real date (YYYY-MM-DD)`)
    if (closureOf(ctx, id))
      throw new DaftarError('posted-is-final', `${doc.number} is already closed`, { id })
    ctx.q.run(
      ctx.db
        .insertInto('document_closure')
        .values({ document_id: id, closed_on: on, reason, created_at: nowIso() }),
    )
    ctx.changes.append('document', id, 'update', { closedOn: on, reason })
  })
}

/** Documents made from this one (orders or invoices), oldest first. */
export function documentsFrom(ctx: CompanyContext, sourceId: string) {
  return ctx.q.all(
    ctx.db
      .selectFrom('document')
      .select(['id', 'type', 'number', 'status', 'gross'])
      .where('source_document_id', '=', sourceId)
      .orderBy('created_at')
      .orderBy('id'),
  )
}
