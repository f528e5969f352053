import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { paySupplier } from '../../src/main/engine/purchasing/supplier-payments'
import { receivePayment } from '../../src/main/engine/sales/payments'
import type { Payment, PaymentInput } from '../../src/shared/domain/sales'

/**
 * Money in a foreign currency through the bank account `bank`, as the payment forms take it:
 * `amount` in the currency's minor unit, `rate` the company's currency per unit (10^9 = 1), and
 * `more` for what else the form says (which documents it pays, whether to keep the rest as credit).
 */
export function foreignPayments(ctx: CompanyContext, bank: string) {
  const step =
    (record: (ctx: CompanyContext, input: PaymentInput) => Payment) =>
    (
      contact: { id: string },
      date: string,
      amount: bigint,
      currency: string,
      rate: bigint,
      more: Pick<PaymentInput, 'keepCredit' | 'allocations'> = {},
    ) =>
      record(ctx, { contactId: contact.id, date, accountId: bank, amount, currency, rate, ...more })
  return { receive: step(receivePayment), pay: step(paySupplier) }
}
