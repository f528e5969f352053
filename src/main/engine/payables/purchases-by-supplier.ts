import type { PurchasesBySupplier, PurchasesBySupplierRow } from '../../../shared/domain/purchasing'
import type { CompanyContext } from '../company/company-context'
import { assertRange, reportHeader } from '../reports/report-header'

/**
 * Purchases per supplier for a period: bills and debit notes dated in it, before and after tax,
 * in the base currency as posted (foreign ones at their own rates).
 * A bill cancelled within the period counts for nothing (its reversal is in the period too); one
 * cancelled later still counts, as it stood in the ledger then.
 */
export function purchasesBySupplier(
  ctx: CompanyContext,
  query: { from: string; to: string; contactId?: string },
): PurchasesBySupplier {
  assertRange(query.from, query.to)
  const rows = ctx.sqlite
    .prepare(
      `SELECT d.contact_id AS contactId, c.name AS contactName,
         sum(CASE WHEN d.type = 'bill' THEN d.base_net ELSE 0 END) AS billed,
         sum(CASE WHEN d.type = 'debit_note' THEN d.base_net ELSE 0 END) AS debited,
         sum(CASE WHEN d.type = 'bill' THEN d.base_tax ELSE -d.base_tax END) AS tax
       FROM document d JOIN contact c ON c.id = d.contact_id
       WHERE d.type IN ('bill', 'debit_note') AND d.date BETWEEN @from AND @to
         AND (d.status = 'posted' OR (d.status = 'cancelled' AND d.cancelled_on > @to))
         AND (@contact IS NULL OR d.contact_id = @contact)
       GROUP BY d.contact_id ORDER BY c.name, d.contact_id`,
    )
    .all({ from: query.from, to: query.to, contact: query.contactId ?? null }) as {
    contactId: string
    contactName: string
    billed: bigint
    debited: bigint
    tax: bigint
  }[]
  const out: PurchasesBySupplierRow[] = rows.map((row) => {
    const net = row.billed - row.debited
    return { ...row, net, gross: net + row.tax }
  })
  const totals = { billed: 0n, debited: 0n, net: 0n, tax: 0n, gross: 0n }
  for (const row of out) {
    totals.billed += row.billed
    totals.debited += row.debited
    totals.net += row.net
    totals.tax += row.tax
    totals.gross += row.gross
  }
  return { ...reportHeader(ctx), from: query.from, to: query.to, rows: out, totals }
}
