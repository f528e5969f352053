import type { SupplierPaymentRow } from '../../../shared/domain/purchasing'
import type { Payment, PaymentInput } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { getPayment, recordPayment } from '../sales/payments'

/**
 * Pays a supplier: payables debited, the bank or cash account credited, and the amount allocated
 * to bills (the ones named, or the oldest due first). Paying beyond what is owed is refused
 * unless `keepCredit` keeps the rest as the supplier's credit (a prepayment).
 */
export function paySupplier(ctx: CompanyContext, input: PaymentInput): Payment {
  return recordPayment(ctx, input, 'payable')
}

/** Payments made to suppliers (one supplier's when named), newest first. */
export function listSupplierPayments(
  ctx: CompanyContext,
  contactId?: string,
): SupplierPaymentRow[] {
  let query = ctx.db
    .selectFrom('payment as p')
    .innerJoin('contact as c', 'c.id', 'p.contact_id')
    .select(['p.id', 'c.name'])
    .where('p.direction', '=', 'paid')
  if (contactId) query = query.where('p.contact_id', '=', contactId)
  return ctx.q
    .all(query.orderBy('p.date', 'desc').orderBy('p.number', 'desc'))
    .map((row) => ({ ...getPayment(ctx, row.id), contactName: row.name }))
}
