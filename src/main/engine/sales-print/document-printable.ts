import type {
  PrintableDocument,
  PrintableLabelValue,
  PrintableTotal,
} from '../../../shared/domain/printable'
import type { SalesDocument } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { PRINT_LABELS as L } from './print-labels'
import type { PrintFormat } from './print-format'
import { printCurrency } from './print-currency'
import { footerOf, issuerOf, partyOf } from './printable-parts'

const COLUMNS = [
  { key: 'description', label: L.columns.description, align: 'start', weight: 5 },
  { key: 'quantity', label: L.columns.quantity, align: 'end', weight: 1.4 },
  { key: 'unitPrice', label: L.columns.unitPrice, align: 'end', weight: 1.8 },
  { key: 'tax', label: L.columns.tax, align: 'end', weight: 1.6 },
  { key: 'amount', label: L.columns.amount, align: 'end', weight: 2 },
] as const

/**
 * A quote, order, invoice or credit note as a printable view model: the company's details, the
 * customer, the lines, the totals and, for an invoice, what is paid and what is still due.
 */
export function printableSalesDocument(ctx: CompanyContext, doc: SalesDocument): PrintableDocument {
  const money = printCurrency(ctx, { ...doc, baseAmount: doc.baseGross })
  const { f } = money
  return {
    title: L.title[doc.type as keyof typeof L.title] ?? doc.type,
    number: doc.number ?? '',
    dates: [...headerFacts(ctx, doc, f), ...money.facts],
    issuer: issuerOf(ctx),
    recipient: partyOf(ctx, doc.contactId),
    columns: COLUMNS.map((column) => ({
      ...column,
      label:
        column.align === 'end' && column.key !== 'quantity'
          ? money.label(column.label)
          : column.label,
    })),
    rows: doc.lines.map((line) => [
      line.description,
      f.quantity(line.quantity),
      f.money(line.unitPrice),
      f.money(line.tax),
      f.money(line.net),
    ]),
    totals: [
      ...totals(doc, f).map((total) => ({ ...total, label: money.label(total.label) })),
      ...money.baseTotal,
    ],
    notes: doc.memo || null,
    footer: footerOf(ctx),
    locale: f.locale,
    direction: f.direction,
    labels: { recipient: L.recipient, taxId: L.taxId, page: L.page },
    issuedAt: doc.date,
  }
}

/** What an invoice's reader needs first: paid, partly paid, unpaid or cancelled. */
export function paymentStatus(doc: SalesDocument): string {
  if (doc.status === 'cancelled') return L.paymentStatus.cancelled
  if (doc.outstanding === 0n) return L.paymentStatus.paid
  return doc.outstanding < doc.gross ? L.paymentStatus.partlyPaid : L.paymentStatus.unpaid
}

function headerFacts(
  ctx: CompanyContext,
  doc: SalesDocument,
  f: PrintFormat,
): PrintableLabelValue[] {
  const facts: PrintableLabelValue[] = [{ label: L.date, value: f.date(doc.date) }]
  const until = { quote: L.validUntil, sales_order: L.deliveryBy, invoice: L.dueDate }[
    doc.type as 'quote' | 'sales_order' | 'invoice'
  ]
  if (until) facts.push({ label: until, value: f.date(doc.dueDate) })
  if (doc.type === 'credit_note' && doc.sourceDocumentId) {
    const invoice = ctx.q.first(
      ctx.db.selectFrom('document').select('number').where('id', '=', doc.sourceDocumentId),
    )
    if (invoice?.number) facts.push({ label: L.creditedInvoice, value: invoice.number })
  }
  if (doc.reference) facts.push({ label: L.reference, value: doc.reference })
  if (doc.type === 'invoice') facts.push({ label: L.status, value: paymentStatus(doc) })
  return facts
}

function totals(doc: SalesDocument, f: PrintFormat): PrintableTotal[] {
  const rows: PrintableTotal[] = [
    { label: L.net, value: f.money(doc.net) },
    { label: L.tax, value: f.money(doc.tax) },
    { label: L.total, value: f.money(doc.gross), emphasis: doc.type !== 'invoice' },
  ]
  if (doc.type === 'invoice' && doc.status === 'posted') {
    rows.push({ label: L.paid, value: f.money(doc.gross - doc.outstanding) })
    rows.push({ label: L.balanceDue, value: f.money(doc.outstanding), emphasis: true })
  }
  if (doc.type === 'credit_note' && doc.outstanding > 0n)
    rows.push({ label: L.creditLeft, value: f.money(doc.outstanding) })
  return rows
}
