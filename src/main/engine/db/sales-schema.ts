import type { Generated } from 'kysely'
import type {
  ContactKind,
  DocumentStatus,
  DocumentType,
  ProductKind,
} from '../../../shared/domain/sales'

/** The sales tables (migration 0002) as Kysely sees them; INTEGER columns are bigint. */
export interface SalesTables {
  contact: ContactTable
  contact_address: ContactAddressTable
  contact_person: ContactPersonTable
  tax_code: TaxCodeTable
  product: ProductTable
  document: DocumentTable
  document_line: DocumentLineTable
  payment: PaymentTable
  payment_allocation: PaymentAllocationTable
  receivable_item: ReceivableItemTable
  receivable_settlement: ReceivableSettlementTable
  payable_item: ReceivableItemTable
  payable_settlement: ReceivableSettlementTable
}

export interface ContactTable {
  id: string
  name: string
  kind: ContactKind
  is_customer: bigint
  is_supplier: bigint
  tax_id: string
  payment_terms_days: bigint
  credit_limit: bigint | null
  currency: string
  tags: string // JSON array of strings
  notes: string
  archived: bigint
  created_at: string
  updated_at: string
}

export interface ContactAddressTable {
  contact_id: string
  position: bigint
  label: string
  line1: string
  line2: string
  city: string
  region: string
  postal_code: string
  country: string
}

export interface ContactPersonTable {
  contact_id: string
  position: bigint
  name: string
  role: string
  email: string
  phone: string
}

export interface TaxCodeTable {
  id: string
  code: string
  name: string
  rate: bigint // hundredths of a percent: 725 = 7.25%
  prices_include_tax: bigint
  output_account_id: string
  input_account_id: string
  archived: bigint
  created_at: string
}

export interface ProductTable {
  id: string
  code: string
  name: string
  kind: ProductKind
  unit: string
  sales_price: bigint
  purchase_price: bigint
  tax_code_id: string | null
  income_account_id: string
  expense_account_id: string
  archived: bigint
  created_at: string
  updated_at: string
  valuation: Generated<'fifo' | 'average'>
  category_id: string | null
  reorder_level: Generated<bigint> // thousandths of the base unit
  reorder_quantity: Generated<bigint>
  lot_tracked: Generated<bigint>
}

export interface DocumentTable {
  id: string
  type: DocumentType
  number: string | null
  contact_id: string
  date: string
  due_date: string
  currency: string
  rate: bigint // document currency to base, scaled by 10^9
  status: DocumentStatus
  source_document_id: string | null
  journal_entry_id: string | null
  cancel_entry_id: string | null
  reference: string
  memo: string
  net: bigint
  tax: bigint
  gross: bigint
  base_net: bigint
  base_tax: bigint
  base_gross: bigint
  cancelled_on: string | null
  created_at: string
  updated_at: string
}

export interface DocumentLineTable {
  document_id: string
  line_no: bigint
  product_id: string | null
  description: string
  quantity: bigint // thousandths of the unit
  unit_price: bigint
  tax_code_id: string | null
  account_id: string
  net: bigint
  tax: bigint
  gross: bigint
  /** In the base currency as posting converts them; a posted document's lines sum to its base_*. */
  base_net: bigint
  base_tax: bigint
  base_gross: bigint
}

export interface PaymentTable {
  id: string
  number: string
  direction: 'received' | 'paid'
  contact_id: string
  date: string
  account_id: string
  currency: string
  rate: bigint
  amount: bigint
  base_amount: bigint
  reference: string
  memo: string
  journal_entry_id: string
  created_at: string
}

export interface PaymentAllocationTable {
  payment_id: string
  document_id: string
  amount: bigint
}

export interface ReceivableItemTable {
  id: string
  contact_id: string
  document_id: string | null
  payment_id: string | null
  date: string
  due_date: string
  amount: bigint
  settled: bigint
  closed_on: string | null
  /** The document's (or payment's) currency; null on items from before multi-currency: base. */
  currency: string | null
  /** `amount` in that currency; null means the same as `amount`. */
  doc_amount: bigint | null
  doc_settled: bigint
}

export interface ReceivableSettlementTable {
  item_id: string
  seq: bigint
  date: string
  amount: bigint
  doc_amount: bigint | null
}
