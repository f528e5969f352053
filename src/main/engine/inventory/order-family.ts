import type { CompanyContext } from '../company/company-context'

/*
 * Goods ordered are moved once, whichever document the clerk picks: the order itself, or an
 * invoice (bill) made from it. What moved against the order counts toward its invoices oldest first.
 */

/**
 * What posted moves took against an order line and every invoice or bill line made from it: the
 * goods went out (or came in) once, whichever document the clerk picked.
 */
const ORDER_FAMILY_DONE = `SELECT o.quantity AS ordered, (
    SELECT coalesce(sum(l.base_quantity), 0)
    FROM stock_document_line l JOIN stock_document d ON d.id = l.document_id
    WHERE d.type = ? AND d.status = 'posted' AND (
      (d.source_document_id = o.document_id AND l.source_line_no = o.line_no)
      OR EXISTS (SELECT 1 FROM document_line_source s
        WHERE s.source_document_id = o.document_id AND s.source_line_no = o.line_no
          AND s.document_id = d.source_document_id AND s.line_no = l.source_line_no))
  ) AS done
  FROM document_line o WHERE o.document_id = ? AND o.line_no = ?`

/** The posted invoice (or bill) lines made from an order line, oldest first, with what moved on each. */
const MADE_FROM_ORDER_LINE = `SELECT s.document_id AS documentId, s.line_no AS lineNo, m.quantity,
    (SELECT coalesce(sum(l.base_quantity), 0)
     FROM stock_document_line l JOIN stock_document d ON d.id = l.document_id
     WHERE d.type = ? AND d.status = 'posted' AND d.source_document_id = s.document_id
       AND l.source_line_no = s.line_no) AS done,
    (SELECT coalesce(sum(l.base_quantity), 0)
     FROM stock_document_line l JOIN stock_document d ON d.id = l.document_id
     WHERE d.type = ? AND d.status = 'posted' AND d.source_document_id = s.source_document_id
       AND l.source_line_no = s.source_line_no) AS onOrder
  FROM document_line_source s
  JOIN document_line m ON m.document_id = s.document_id AND m.line_no = s.line_no
  JOIN document md ON md.id = s.document_id
  WHERE s.source_document_id = ? AND s.source_line_no = ? AND md.status = 'posted'
  ORDER BY md.date, md.created_at, md.id, s.line_no`

/** What is left to move on an order line, counting moves against the invoices made from it. */
export function leftOnOrderLine(
  ctx: CompanyContext,
  type: 'receipt' | 'delivery',
  orderId: string,
  orderLine: bigint,
): bigint {
  const row = ctx.q.prepare(ORDER_FAMILY_DONE).get(type, orderId, orderLine) as
    { ordered: bigint; done: bigint } | undefined
  return row ? row.ordered - row.done : 0n
}

/**
 * What is left to move on an invoice (bill) line made from an order line: its quantity less what
 * moved against it, less its share (oldest invoice first) of what moved against the order.
 * Undefined when the line is not among the order's posted invoices.
 */
export function leftOnMadeLine(
  ctx: CompanyContext,
  type: 'receipt' | 'delivery',
  order: { orderId: string; orderLine: bigint },
  made: { documentId: string; lineNo: number },
): bigint | undefined {
  const lines = ctx.q
    .prepare(MADE_FROM_ORDER_LINE)
    .all(type, type, order.orderId, order.orderLine) as {
    documentId: string
    lineNo: bigint
    quantity: bigint
    done: bigint
    onOrder: bigint
  }[]
  let pool = lines[0]?.onOrder ?? 0n
  for (const line of lines) {
    const need = line.quantity > line.done ? line.quantity - line.done : 0n
    const covered = min(need, pool)
    pool -= covered
    if (line.documentId === made.documentId && Number(line.lineNo) === made.lineNo)
      return need - covered
  }
  return undefined
}

export function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b
}
