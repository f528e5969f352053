import type { Payment, PaymentInput } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { recordPayment } from '../sales/payments'

/**
 * Pays a supplier: payables debited, the bank or cash account credited, and the amount allocated
 * to bills (the ones named, or the oldest due first). Paying beyond what is owed is refused
 * unless `keepCredit` keeps the rest as the supplier's credit (a prepayment).
 */
export function paySupplier(ctx: CompanyContext, input: PaymentInput): Payment {
  return recordPayment(ctx, input, 'payable')
}
