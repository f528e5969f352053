import type { PrintableDocument, PrintableTotal } from '../../../shared/domain/printable'
import type { Payment } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { getAccount } from '../ledger/accounts'
import { PRINT_LABELS as L } from './print-labels'
import { printCurrency } from './print-currency'
import { footerOf, issuerOf, partyOf } from './printable-parts'

/** A payment receipt: who paid, how much, into which account, and which invoices it settled. */
export function printableReceipt(ctx: CompanyContext, payment: Payment): PrintableDocument {
  const kept = ctx.q.first(
    ctx.db.selectFrom('payment').select(['rate', 'base_amount']).where('id', '=', payment.id),
  )
  const money = printCurrency(ctx, {
    currency: payment.currency,
    rate: kept?.rate,
    baseAmount: kept?.base_amount,
  })
  const { f } = money
  const dates = new Map(
    ctx.q
      .all(
        ctx.db
          .selectFrom('document')
          .select(['id', 'date'])
          .where(
            'id',
            'in',
            payment.allocations.length > 0 ? payment.allocations.map((a) => a.documentId) : [''],
          ),
      )
      .map((row) => [row.id, row.date]),
  )
  const totals: PrintableTotal[] = [
    { label: money.label(L.received), value: f.money(payment.amount), emphasis: true },
  ]
  if (payment.unallocated > 0n)
    totals.push({ label: money.label(L.keptAsCredit), value: f.money(payment.unallocated) })
  totals.push(...money.baseTotal)
  return {
    title: L.title.receipt,
    number: payment.number,
    dates: [
      { label: L.date, value: f.date(payment.date) },
      { label: L.paidInto, value: getAccount(ctx, payment.accountId).name },
      ...(payment.reference ? [{ label: L.reference, value: payment.reference }] : []),
      ...money.facts,
    ],
    issuer: issuerOf(ctx),
    recipient: partyOf(ctx, payment.contactId),
    columns: [
      { key: 'document', label: L.columns.document, align: 'start', weight: 3 },
      { key: 'date', label: L.columns.documentDate, align: 'start', weight: 2 },
      { key: 'applied', label: money.label(L.columns.applied), align: 'end', weight: 2 },
    ],
    rows: payment.allocations.map((a) => [
      a.number,
      dates.has(a.documentId) ? f.date(dates.get(a.documentId)!) : '',
      f.money(a.amount),
    ]),
    totals,
    notes: payment.memo || null,
    footer: footerOf(ctx),
    locale: f.locale,
    direction: f.direction,
    labels: { recipient: L.receivedFrom, taxId: L.taxId, page: L.page },
    issuedAt: payment.date,
  }
}
