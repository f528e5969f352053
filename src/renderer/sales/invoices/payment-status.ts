import type { SalesDocument } from '../../../shared/domain/sales'

export type PaymentStatus = 'draft' | 'cancelled' | 'paid' | 'partial' | 'overdue' | 'unpaid'

/** How an invoice stands with the customer on `asOf`: what the list and contact page show. */
export function paymentStatus(
  doc: Pick<SalesDocument, 'status' | 'gross' | 'outstanding' | 'dueDate'>,
  asOf: string,
): PaymentStatus {
  if (doc.status === 'draft') return 'draft'
  if (doc.status === 'cancelled') return 'cancelled'
  if (doc.outstanding <= 0n) return 'paid'
  if (doc.dueDate < asOf) return 'overdue'
  return doc.outstanding < doc.gross ? 'partial' : 'unpaid'
}

/** What a customer's invoices add up to on `asOf`: owed, and the part of it past due. */
export function invoiceSummary(invoices: readonly SalesDocument[], asOf: string) {
  let due = 0n
  let overdue = 0n
  let open = 0
  for (const doc of invoices) {
    if (doc.status !== 'posted' || doc.outstanding <= 0n) continue
    due += doc.outstanding
    open += 1
    if (doc.dueDate < asOf) overdue += doc.outstanding
  }
  return { due, overdue, open }
}
