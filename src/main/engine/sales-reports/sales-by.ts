import type {
  SalesByCustomer,
  SalesByCustomerRow,
  SalesByMonth,
  SalesByMonthRow,
  SalesByProduct,
  SalesByProductRow,
  SalesTotals,
} from '../../../shared/domain/sales-reports'
import type { CompanyContext } from '../company/company-context'
import { assertRange, reportHeader } from '../reports/report-header'
import { resolveContact } from './contact-key'

export interface SalesQuery {
  from: string
  to: string
  /** A contact's id or exact name. */
  contact?: string
}

/**
 * Posted invoices less posted credit notes dated in the range; cancelled invoices are left out
 * (their reversal undoes them). `sign` is 1 for an invoice and -1 for a credit note.
 */
const SIGNED_DOCUMENTS = `
  SELECT d.*, CASE d.type WHEN 'invoice' THEN 1 ELSE -1 END AS sign FROM document d
  WHERE d.type IN ('invoice', 'credit_note') AND d.status = 'posted'
    AND d.date >= :from AND d.date <= :to AND (:contact IS NULL OR d.contact_id = :contact)`

function prepare(ctx: CompanyContext, query: SalesQuery) {
  assertRange(query.from, query.to)
  const contactId = query.contact === undefined ? null : resolveContact(ctx, query.contact).id
  return {
    contactId,
    params: { from: query.from, to: query.to, contact: contactId },
    header: { ...reportHeader(ctx), from: query.from, to: query.to, contactId },
  }
}

function totalsOf(rows: SalesTotals[]): SalesTotals {
  const totals = { net: 0n, tax: 0n, gross: 0n }
  for (const row of rows) {
    totals.net += row.net
    totals.tax += row.tax
    totals.gross += row.gross
  }
  return totals
}

export function salesByCustomer(ctx: CompanyContext, query: SalesQuery): SalesByCustomer {
  const { params, header } = prepare(ctx, query)
  const rows = ctx.sqlite
    .prepare(
      `SELECT d.contact_id AS contactId, c.name AS contactName,
         sum(d.type = 'invoice') AS invoices, sum(d.type = 'credit_note') AS creditNotes,
         sum(d.sign * d.base_net) AS net, sum(d.sign * d.base_tax) AS tax,
         sum(d.sign * d.base_gross) AS gross
       FROM (${SIGNED_DOCUMENTS}) d JOIN contact c ON c.id = d.contact_id
       GROUP BY d.contact_id ORDER BY c.name, d.contact_id`,
    )
    .all(params) as (Omit<SalesByCustomerRow, 'invoices' | 'creditNotes'> & {
    invoices: bigint
    creditNotes: bigint
  })[]
  const out = rows.map((row) => ({
    ...row,
    invoices: Number(row.invoices),
    creditNotes: Number(row.creditNotes),
  }))
  return { ...header, rows: out, totals: totalsOf(out) }
}

export function salesByProduct(ctx: CompanyContext, query: SalesQuery): SalesByProduct {
  const { params, header } = prepare(ctx, query)
  const rows = ctx.sqlite
    .prepare(
      `SELECT l.product_id AS productId, coalesce(p.code, '') AS code,
         coalesce(p.name, 'Without a product') AS name,
         sum(d.sign * l.quantity) AS quantity, sum(d.sign * l.base_net) AS net,
         sum(d.sign * l.base_tax) AS tax, sum(d.sign * l.base_gross) AS gross
       FROM (${SIGNED_DOCUMENTS}) d JOIN document_line l ON l.document_id = d.id
       LEFT JOIN product p ON p.id = l.product_id
       GROUP BY l.product_id ORDER BY l.product_id IS NULL, p.code`,
    )
    .all(params) as SalesByProductRow[]
  return { ...header, rows, totals: totalsOf(rows) }
}

/** Every month of the range, with nothing sold shown as zero. */
export function salesByMonth(ctx: CompanyContext, query: SalesQuery): SalesByMonth {
  const { params, header } = prepare(ctx, query)
  const sold = ctx.sqlite
    .prepare(
      `SELECT substr(d.date, 1, 7) AS month, sum(d.sign * d.base_net) AS net,
         sum(d.sign * d.base_tax) AS tax, sum(d.sign * d.base_gross) AS gross
       FROM (${SIGNED_DOCUMENTS}) d GROUP BY month`,
    )
    .all(params) as SalesByMonthRow[]
  const byMonth = new Map(sold.map((row) => [row.month, row]))
  const rows: SalesByMonthRow[] = monthsBetween(query.from, query.to).map(
    (month) => byMonth.get(month) ?? { month, net: 0n, tax: 0n, gross: 0n },
  )
  return { ...header, rows, totals: totalsOf(rows) }
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    if (key > last) return months
    months.push(key)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
}
