import type { ContactInput } from '../../src/shared/domain/sales'

/** The contact form filled in for a company that buys from us; `more` fills in the rest. */
export function customerForm(name: string, more: Partial<ContactInput> = {}): ContactInput {
  return { name, kind: 'company', isCustomer: true, isSupplier: false, ...more }
}

/** The contact form filled in for a company we buy from; `more` fills in the rest. */
export function supplierForm(name: string, more: Partial<ContactInput> = {}): ContactInput {
  return { name, kind: 'company', isCustomer: false, isSupplier: true, ...more }
}
