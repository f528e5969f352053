import type { SourceLine } from '../../../shared/domain/inventory'
import { notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { toBase } from '../sales/exchange'
import { leftOnMadeLine, leftOnOrderLine, min } from './order-family'

const SOURCE_TYPES = { receipt: ['purchase_order', 'bill'], delivery: ['sales_order', 'invoice'] }

const DONE = `SELECT l.source_line_no AS lineNo, sum(l.base_quantity) AS done
  FROM stock_document_line l JOIN stock_document d ON d.id = l.document_id
  WHERE d.source_document_id = ? AND d.type = ? AND d.status = 'posted'
    AND l.source_line_no IS NOT NULL
  GROUP BY l.source_line_no`

/** An invoice or bill line and the order line it was made from. */
const ORDER_LINE_OF = `SELECT line_no AS lineNo, source_document_id AS orderId, source_line_no AS orderLine
  FROM document_line_source WHERE document_id = ?`

/**
 * A purchase order's or bill's stocked lines with what is left to receive, or a sales order's
 * or invoice's with what is left to deliver: ordered less what posted (not cancelled) receipts
 * or deliveries from it already moved, line by line.
 */
export function linesFromSource(
  ctx: CompanyContext,
  sourceDocumentId: string,
  type: 'receipt' | 'delivery',
): SourceLine[] {
  const source = ctx.q.first(
    ctx.db
      .selectFrom('document')
      .select(['type', 'status', 'rate', 'currency'])
      .where('id', '=', sourceDocumentId),
  )
  if (!source) throw notFound('Document', sourceDocumentId)
  const allowed: readonly string[] = SOURCE_TYPES[type]
  if (!allowed.includes(source.type))
    throw validationError(
      'sourceDocumentId',
      `A ${type} comes from a ${allowed.join(' or ').replaceAll('_', ' ')}`,
    )
  const done = new Map(
    (ctx.q.prepare(DONE).all(sourceDocumentId, type) as { lineNo: bigint; done: bigint }[]).map(
      (row) => [Number(row.lineNo), row.done],
    ),
  )
  const lines = ctx.q.all(
    ctx.db
      .selectFrom('document_line as l')
      .innerJoin('product as p', 'p.id', 'l.product_id')
      .select(['l.line_no', 'l.quantity', 'l.unit_price', 'p.id', 'p.code', 'p.name', 'p.unit'])
      .where('l.document_id', '=', sourceDocumentId)
      .where('p.kind', '=', 'stocked')
      .orderBy('l.line_no'),
  )
  const orderLines = new Map(
    (
      ctx.q.prepare(ORDER_LINE_OF).all(sourceDocumentId) as {
        lineNo: bigint
        orderId: string
        orderLine: bigint
      }[]
    ).map((row) => [Number(row.lineNo), row]),
  )
  return lines.map((line) => {
    const sourceLineNo = Number(line.line_no)
    const moved = done.get(sourceLineNo) ?? 0n
    const order = orderLines.get(sourceLineNo)
    let remaining = line.quantity - moved
    if (order)
      remaining =
        leftOnMadeLine(ctx, type, order, { documentId: sourceDocumentId, lineNo: sourceLineNo }) ??
        remaining
    else if (source.type === 'sales_order' || source.type === 'purchase_order')
      remaining = min(remaining, leftOnOrderLine(ctx, type, sourceDocumentId, line.line_no))
    return {
      sourceLineNo,
      productId: line.id,
      productCode: line.code,
      productName: line.name,
      unit: line.unit,
      ordered: line.quantity,
      done: moved,
      remaining: remaining > 0n ? remaining : 0n,
      unitCost: toBase(line.unit_price, { ...source, base: ctx.settings().currency }),
    }
  })
}

/** A source line's price in base-currency minor units per base unit. */
export function sourceUnitCost(
  ctx: CompanyContext,
  sourceDocumentId: string,
  lineNo: number,
): bigint | undefined {
  const row = ctx.q
    .prepare(
      `SELECT l.unit_price, d.rate, d.currency FROM document_line l
       JOIN document d ON d.id = l.document_id WHERE l.document_id = ? AND l.line_no = ?`,
    )
    .get(sourceDocumentId, lineNo) as
    { unit_price: bigint; rate: bigint; currency: string } | undefined
  return row && toBase(row.unit_price, { ...row, base: ctx.settings().currency })
}
