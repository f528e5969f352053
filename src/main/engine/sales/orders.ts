import type { PostedDocumentRef, SalesDocument } from '../../../shared/domain/sales'
import type {
  InvoiceOrderInput,
  OrderLineProgress,
  OrderStatus,
  SalesOrder,
} from '../../../shared/domain/sales-flow'
import { toDecimalString } from '../../../shared/money'
import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { copyIntoDraft, linkLines, type CopiedLine } from './convert-document'
import { getDocument, listDocuments } from './documents'
import { closureOf, documentsFrom, requireIssued } from './issue-document'
import { postDocument } from './post-document'

/** What each order line asked for, what posted invoices have taken, and what is left. */
export function orderProgress(ctx: CompanyContext, orderId: string): OrderLineProgress[] {
  const invoiced = new Map(
    ctx.q
      .all(
        ctx.db
          .selectFrom('document_line_source as s')
          .innerJoin('document_line as l', (join) =>
            join.onRef('l.document_id', '=', 's.document_id').onRef('l.line_no', '=', 's.line_no'),
          )
          .innerJoin('document as d', 'd.id', 's.document_id')
          .select(['s.source_line_no', (eb) => eb.fn.sum<bigint>('l.quantity').as('quantity')])
          .where('s.source_document_id', '=', orderId)
          .where('d.status', '=', 'posted')
          .groupBy('s.source_line_no'),
      )
      .map((row) => [Number(row.source_line_no), BigInt(row.quantity)]),
  )
  return getDocument(ctx, orderId).lines.map((line) => {
    const done = invoiced.get(line.lineNo) ?? 0n
    return {
      lineNo: line.lineNo,
      description: line.description,
      ordered: line.quantity,
      invoiced: done,
      remaining: line.quantity > done ? line.quantity - done : 0n,
    }
  })
}

export function getOrder(ctx: CompanyContext, id: string): SalesOrder {
  const doc = getDocument(ctx, id)
  if (doc.type !== 'sales_order')
    throw new DaftarError('not-found', `Sales order ${id} was not found`, {
      what: 'Sales order',
      key: id,
    })
  const { state, progress, made } = orderState(ctx, doc, 'invoice')
  const status: OrderStatus = state === 'done' ? 'invoiced' : state
  return { ...doc, flowStatus: status, progress, invoices: made }
}

/**
 * Where an order (sales or purchase) stands: a draft, open, done (every line invoiced or
 * billed) or closed by hand; its lines' progress; the non-draft documents of `madeType` made from it.
 */
export function orderState(ctx: CompanyContext, doc: SalesDocument, madeType: 'invoice' | 'bill') {
  const progress = orderProgress(ctx, doc.id)
  const state =
    doc.status === 'draft'
      ? ('draft' as const)
      : closureOf(ctx, doc.id)
        ? ('closed' as const)
        : progress.every((line) => line.remaining === 0n)
          ? ('done' as const)
          : ('open' as const)
  const made = documentsFrom(ctx, doc.id)
    .filter((row) => row.type === madeType && row.status !== 'draft')
    .map((row) => ({ id: row.id, number: row.number, status: row.status, gross: row.gross }))
  return { state, progress, made }
}

export function listOrders(
  ctx: CompanyContext,
  filter: { contactId?: string; openOnly?: boolean } = {},
): SalesOrder[] {
  return listDocuments(ctx, 'sales_order', filter.contactId)
    .map((doc) => getOrder(ctx, doc.id))
    .filter((order) => !filter.openOnly || order.flowStatus === 'open')
}

/**
 * Invoices part or all of an issued, open order: the invoice copies the chosen lines at the
 * quantities asked (all that is left when none are named) and is posted in the same transaction.
 * Asking for more than is left on a line is refused, naming the line.
 */
export function invoiceOrder(ctx: CompanyContext, input: InvoiceOrderInput): PostedDocumentRef {
  return ctx.transaction(() => {
    const row = requireIssued(ctx, input.orderId, 'sales_order')
    const order = getOrder(ctx, row.id)
    const draft = fillFromOrder(ctx, order, order.flowStatus, input, 'invoice')
    return postDocument(ctx, draft.id, 'invoice')
  })
}

/**
 * A draft invoice (or bill) of the chosen lines of an open order, linked line by line to it;
 * the caller posts it in the same transaction.
 */
export function fillFromOrder(
  ctx: CompanyContext,
  order: SalesDocument & { progress: OrderLineProgress[] },
  state: string,
  input: { date?: string; lines?: { lineNo: number; quantity: bigint }[]; reference?: string },
  type: 'invoice' | 'bill',
): SalesDocument {
  const verb = type === 'invoice' ? 'invoiced' : 'billed'
  if (state === 'closed')
    throw validationError('orderId', `${order.number} is closed; nothing more can be ${verb}`)
  if (state !== 'open') throw validationError('orderId', `${order.number} is fully ${verb}`)
  const wanted =
    input.lines ?? order.progress.map((line) => ({ lineNo: line.lineNo, quantity: line.remaining }))
  const chosen = pickLines(order, wanted, input.lines !== undefined, type)
  if (chosen.length === 0) throw validationError('lines', `Choose at least one line to ${type}`)
  const draft = copyIntoDraft(ctx, order, type, chosen, input.date, input.reference)
  linkLines(
    ctx,
    draft.id,
    order.id,
    chosen.map(({ line }) => line.lineNo),
  )
  return draft
}

function pickLines(
  order: SalesDocument & { progress: OrderLineProgress[] },
  wanted: { lineNo: number; quantity: bigint }[],
  named: boolean,
  type: 'invoice' | 'bill',
): CopiedLine[] {
  const seen = new Set<number>()
  const chosen: CopiedLine[] = []
  wanted.forEach(({ lineNo, quantity }, index) => {
    const field = `lines.${index}.quantity`
    const line = order.lines.find((candidate) => candidate.lineNo === lineNo)
    const progress = order.progress.find((candidate) => candidate.lineNo === lineNo)
    if (!line || !progress)
      throw validationError(`lines.${index}.lineNo`, `${order.number} has no line ${lineNo}`)
    if (seen.has(lineNo))
      throw validationError(`lines.${index}.lineNo`, `Line ${lineNo} is named twice`)
    seen.add(lineNo)
    if (!named && quantity === 0n) return
    if (quantity <= 0n)
      throw validationError(field, `Line ${lineNo}: the quantity must be more than zero`, {
        line: lineNo,
      })
    if (quantity > progress.remaining)
      throw validationError(
        field,
        `Line ${lineNo} (${line.description}): ${quantityText(progress.remaining)} left to ${type} on ${order.number}, ${quantityText(quantity)} asked`,
        { line: lineNo, reason: `over-${type === 'invoice' ? 'invoiced' : 'billed'}` },
      )
    chosen.push({ line, quantity })
  })
  return chosen
}

/** Thousandths as plain decimal text without trailing zeros: 1500n -> "1.5". */
export function quantityText(quantity: bigint): string {
  return toDecimalString(quantity, 3).replace(/\.?0+$/, '')
}
