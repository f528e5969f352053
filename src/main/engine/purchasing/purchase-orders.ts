import type { BillOrderInput, PurchaseOrder } from '../../../shared/domain/purchasing'
import type { PostedDocumentRef } from '../../../shared/domain/sales'
import { notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { getDocument, listDocuments } from '../sales/documents'
import { closeDocument, issueDocument, requireIssued } from '../sales/issue-document'
import { fillFromOrder, orderState } from '../sales/orders'
import { postPurchaseDocument } from './post-purchase'

/**
 * Purchase orders, as sales orders: a draft is issued (numbered from the PO series, off the
 * ledger), billed in parts as the supplier's bills come in, and open until every line is billed
 * or it is closed by hand.
 */
export function getPurchaseOrder(ctx: CompanyContext, id: string): PurchaseOrder {
  const doc = getDocument(ctx, id)
  if (doc.type !== 'purchase_order') throw notFound('Purchase order', id)
  const { state, progress, made } = orderState(ctx, doc, 'bill')
  return { ...doc, flowStatus: state === 'done' ? 'billed' : state, progress, bills: made }
}

export function listPurchaseOrders(
  ctx: CompanyContext,
  filter: { contactId?: string; openOnly?: boolean } = {},
): PurchaseOrder[] {
  return listDocuments(ctx, 'purchase_order', filter.contactId)
    .map((doc) => getPurchaseOrder(ctx, doc.id))
    .filter((order) => !filter.openOnly || order.flowStatus === 'open')
}

export function issuePurchaseOrder(ctx: CompanyContext, id: string): PurchaseOrder {
  issueDocument(ctx, id, 'purchase_order')
  return getPurchaseOrder(ctx, id)
}

/** Closes an issued order by hand: what is left on it will never be billed. */
export function closePurchaseOrder(
  ctx: CompanyContext,
  id: string,
  reason = 'closed',
  date?: string,
): PurchaseOrder {
  closeDocument(ctx, id, 'purchase_order', reason, date)
  return getPurchaseOrder(ctx, id)
}

/**
 * Bills part or all of an issued, open purchase order: a bill with the supplier's invoice number
 * copies the chosen lines at the quantities asked (all that is left when none are named), is
 * linked line by line to the order, and is posted in the same transaction.
 */
export function billOrder(ctx: CompanyContext, input: BillOrderInput): PostedDocumentRef {
  return ctx.transaction(() => {
    const reference = input.reference.trim()
    if (!reference) throw validationError('reference', "Enter the supplier's own invoice number")
    requireIssued(ctx, input.orderId, 'purchase_order')
    const order = getPurchaseOrder(ctx, input.orderId)
    const draft = fillFromOrder(ctx, order, order.flowStatus, { ...input, reference }, 'bill')
    return postPurchaseDocument(ctx, draft.id, 'bill')
  })
}
