/** Sales: contacts, products, tax codes, documents and payments. Money is bigint minor units. */

export type ContactKind = 'company' | 'person'
export type ProductKind = 'stocked' | 'non_stocked' | 'service'
export type DocumentType =
  'quote' | 'sales_order' | 'invoice' | 'credit_note' | 'purchase_order' | 'bill' | 'debit_note'
export type DocumentStatus = 'draft' | 'posted' | 'cancelled'
export type TaxRounding = 'line' | 'document'
export type CreditLimitPolicy = 'warn' | 'refuse'

export interface ContactAddress {
  label: string
  line1: string
  line2: string
  city: string
  region: string
  postalCode: string
  country: string
}

export interface ContactPerson {
  name: string
  role: string
  email: string
  phone: string
}

export interface ContactInput {
  name: string
  kind: ContactKind
  isCustomer: boolean
  isSupplier: boolean
  taxId?: string
  paymentTermsDays?: number
  /** Minor units; null or absent for no limit. */
  creditLimit?: bigint | null
  currency?: string
  tags?: string[]
  notes?: string
  addresses?: Partial<ContactAddress>[]
  people?: (Partial<ContactPerson> & { name: string })[]
  /** The customer group whose price list applies; null for none, absent to leave it as it is. */
  customerGroupId?: string | null
}

export interface Contact {
  id: string
  name: string
  kind: ContactKind
  isCustomer: boolean
  isSupplier: boolean
  taxId: string
  paymentTermsDays: number
  creditLimit: bigint | null
  currency: string
  tags: string[]
  notes: string
  archived: boolean
  addresses: ContactAddress[]
  people: ContactPerson[]
  customerGroupId: string | null
}

export interface TaxCodeInput {
  code: string
  name: string
  /** Hundredths of a percent: 725 is 7.25%. */
  rate: number
  pricesIncludeTax: boolean
  outputAccountId: string
  inputAccountId: string
}

export interface TaxCode extends TaxCodeInput {
  id: string
  archived: boolean
}

export interface ProductInput {
  code: string
  name: string
  kind: ProductKind
  unit?: string
  salesPrice?: bigint
  purchasePrice?: bigint
  taxCodeId?: string | null
  incomeAccountId: string
  expenseAccountId: string
}

export interface Product {
  id: string
  code: string
  name: string
  kind: ProductKind
  unit: string
  salesPrice: bigint
  purchasePrice: bigint
  taxCodeId: string | null
  incomeAccountId: string
  expenseAccountId: string
  archived: boolean
}

export interface DocumentLineInput {
  productId?: string | null
  description?: string
  /** Thousandths of the unit: 1500 is 1.5. */
  quantity: bigint
  /** Minor units; defaults to the product's sales price. */
  unitPrice?: bigint
  /** Defaults to the product's tax code; null for no tax. */
  taxCodeId?: string | null
  /** Defaults to the product's income account. */
  accountId?: string
}

export interface DocumentInput {
  contactId: string
  date: string
  /** Defaults to the date plus the contact's payment terms. */
  dueDate?: string
  currency?: string
  /**
   * Base-currency major units per one major unit of `currency`, times 10^9 (RATE_SCALE); required
   * for a foreign currency, 1 (10^9) or absent for the company's own.
   */
  rate?: bigint
  reference?: string
  memo?: string
  lines: DocumentLineInput[]
}

export interface DocumentLine {
  lineNo: number
  productId: string | null
  description: string
  quantity: bigint
  unitPrice: bigint
  taxCodeId: string | null
  accountId: string
  net: bigint
  tax: bigint
  gross: bigint
}

export interface SalesDocument {
  id: string
  type: DocumentType
  number: string | null
  contactId: string
  contactName: string
  date: string
  dueDate: string
  currency: string
  /** Scaled by RATE_SCALE, as in DocumentInput (always set by the engine). */
  rate?: bigint
  /** The gross in the company's base currency, as its journal posts it (always set by the engine). */
  baseGross?: bigint
  status: DocumentStatus
  sourceDocumentId: string | null
  journalEntryId: string | null
  cancelEntryId: string | null
  reference: string
  memo: string
  net: bigint
  tax: bigint
  gross: bigint
  /** What the customer still owes on it (a posted invoice), or credit left (a credit note). */
  outstanding: bigint
  lines: DocumentLine[]
}

export interface PostedDocumentRef {
  id: string
  number: string
  journalEntryId: string
  /** Things worth telling the user that did not stop the posting (a credit limit passed). */
  warnings: string[]
}

export interface PaymentInput {
  contactId: string
  date: string
  /** The bank or cash account the money went into. */
  accountId: string
  amount: bigint
  /** The paid documents' currency; the payment's own rate (scaled like a document's) with it. */
  currency?: string
  rate?: bigint
  reference?: string
  memo?: string
  /** Which invoices it pays; oldest due first when absent. */
  allocations?: { documentId: string; amount: bigint }[]
  /** Keep what is paid beyond the invoices' balances as the customer's credit. */
  keepCredit?: boolean
}

export interface Payment {
  id: string
  number: string
  contactId: string
  date: string
  accountId: string
  currency: string
  amount: bigint
  reference: string
  memo: string
  journalEntryId: string
  allocations: { documentId: string; number: string; amount: bigint }[]
  /** Kept as the customer's credit. */
  unallocated: bigint
}

export interface SalesSettings {
  taxRounding: TaxRounding
  creditLimitPolicy: CreditLimitPolicy
}

/** A customer's credit used on an invoice in its currency (`invoices.applyCredit`). */
export interface AppliedCredit {
  /** In the invoice's currency. */
  applied: bigint
  /** What the invoice still owes. */
  outstanding: bigint
  /** The exchange difference's entry, when the credit came in at another rate than the invoice's. */
  journalEntryId: string | null
  /** Which credits paid it: payments kept as credit or credit notes' rests. */
  sources: { number: string; amount: bigint }[]
}

/** Scale of stored exchange rates: a rate of 1 is stored as 10^9. */
export const RATE_SCALE = 1_000_000_000n
