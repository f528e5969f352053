import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { paySupplier } from '../../src/main/engine/purchasing/supplier-payments'
import { receivePayment } from '../../src/main/engine/sales/payments'
import type { Payment, PaymentInput } from '../../src/shared/domain/sales'

/** What the payment form says besides who, when and how much (the account is the bank's). */
type MoreOfThePayment = Omit<PaymentInput, 'contactId' | 'date' | 'accountId' | 'amount'>

/**
 * Money through the bank account `bank`, as the payment forms take it: `receive` from a customer,
 * `pay` a supplier. `more` is the rest of the form: a foreign `currency` with its `rate` (the
 * company's currency per unit, 10^9 = 1), which documents it pays, whether to keep the rest as
 * credit.
 */
export function paymentSteps(ctx: CompanyContext, bank: string) {
  const step =
    (record: (ctx: CompanyContext, input: PaymentInput) => Payment) =>
    (contact: { id: string }, date: string, amount: bigint, more: MoreOfThePayment = {}) =>
      record(ctx, { contactId: contact.id, date, accountId: bank, amount, ...more })
  return { receive: step(receivePayment), pay: step(paySupplier) }
}
