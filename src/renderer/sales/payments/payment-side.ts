import type { MessageKey } from '../../i18n/translate'

/** Money in from a customer, or out to a supplier: the same form, other words. */
export type PaymentSide = 'customer' | 'supplier'

interface PaymentWords {
  contact: MessageKey
  noMatches: MessageKey
  amount: MessageKey
  account: MessageKey
  keepCredit: MessageKey
  pickContact: MessageKey
  amountRequired: MessageKey
  overDocument: MessageKey
  overAllocated: MessageKey
  unallocated: MessageKey
  noOpen: MessageKey
  document: MessageKey
  allocations: MessageKey
  balance: MessageKey
}

export const PAYMENT_WORDS: Record<PaymentSide, PaymentWords> = {
  customer: {
    contact: 'payment.field.customer',
    noMatches: 'invoice.noCustomerMatches',
    amount: 'payment.field.amount',
    account: 'payment.field.account',
    keepCredit: 'payment.field.keepCredit',
    pickContact: 'invoice.problem.customer',
    amountRequired: 'payment.problem.amountRequired',
    overDocument: 'payment.problem.overInvoice',
    overAllocated: 'payment.problem.overAllocated',
    unallocated: 'payment.problem.unallocated',
    noOpen: 'payment.noOpenInvoices',
    document: 'payment.col.invoice',
    allocations: 'payment.allocations',
    balance: 'contact.balanceDue',
  },
  supplier: {
    contact: 'supplierPayment.field.supplier',
    noMatches: 'bill.noSupplierMatches',
    amount: 'supplierPayment.field.amount',
    account: 'supplierPayment.field.account',
    keepCredit: 'supplierPayment.field.keepCredit',
    pickContact: 'supplierPayment.problem.supplier',
    amountRequired: 'supplierPayment.problem.amountRequired',
    overDocument: 'supplierPayment.problem.overBill',
    overAllocated: 'supplierPayment.problem.overAllocated',
    unallocated: 'supplierPayment.problem.unallocated',
    noOpen: 'supplierPayment.noOpenBills',
    document: 'supplierPayment.col.bill',
    allocations: 'supplierPayment.allocations',
    balance: 'supplier.balanceOwed',
  },
}
