import type { CompanyContext } from '../company/company-context'

/** Far enough ahead that every order and delivery counts: "now". */
const ALWAYS = '9999-12-31'

/**
 * Per order and stocked product: what posted sales orders (not closed, on `asOf`) ordered less
 * what was delivered against them (deliveries whose source is the order, or an invoice made from
 * it), never below zero; summed per product.
 */
const RESERVED = `
WITH ordered AS (
  SELECT o.id AS order_id, l.product_id, sum(l.quantity) AS quantity
  FROM document o
  JOIN document_line l ON l.document_id = o.id
  JOIN product p ON p.id = l.product_id AND p.kind = 'stocked'
  WHERE o.type = 'sales_order' AND o.status = 'posted' AND o.date <= :asOf
    AND NOT EXISTS (SELECT 1 FROM document_closure c
                    WHERE c.document_id = o.id AND c.closed_on <= :asOf)
    AND (:products IS NULL OR l.product_id IN (SELECT value FROM json_each(:products)))
  GROUP BY o.id, l.product_id
),
delivered AS (
  SELECT coalesce(i.source_document_id, d.source_document_id) AS order_id, dl.product_id,
    sum(dl.base_quantity) AS quantity
  FROM stock_document d
  JOIN stock_document_line dl ON dl.document_id = d.id
  LEFT JOIN document i ON i.id = d.source_document_id AND i.type = 'invoice'
  WHERE d.type = 'delivery' AND d.source_document_id IS NOT NULL AND d.date <= :asOf
    AND (d.status = 'posted' OR (d.status = 'cancelled' AND d.cancelled_on > :asOf))
  GROUP BY 1, 2
)
SELECT o.product_id AS productId, sum(max(o.quantity - coalesce(d.quantity, 0), 0)) AS reserved
FROM ordered o
LEFT JOIN delivered d ON d.order_id = o.order_id AND d.product_id = o.product_id
GROUP BY o.product_id`

/** Reserved quantity per product (thousandths of the base unit), now or as of a date. */
export function reservedQuantities(
  ctx: CompanyContext,
  options: { asOf?: string; productIds?: readonly string[] } = {},
): Map<string, bigint> {
  const rows = ctx.q.prepare(RESERVED).all({
    asOf: options.asOf ?? ALWAYS,
    products: options.productIds ? JSON.stringify(options.productIds) : null,
  }) as { productId: string; reserved: bigint }[]
  return new Map(rows.map((row) => [row.productId, row.reserved]))
}
