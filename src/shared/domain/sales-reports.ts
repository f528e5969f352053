/** Sales reports. Money is bigint minor units in the company's currency; `decimals` says how to show it. */
import type { ReceivablesAgeing } from './receivables'

export type SalesReportName =
  | 'receivables-ageing'
  | 'customer-statement'
  | 'sales-by-customer'
  | 'sales-by-product'
  | 'sales-by-month'
  | 'tax-summary'

export const SALES_REPORT_NAMES: readonly SalesReportName[] = [
  'receivables-ageing',
  'customer-statement',
  'sales-by-customer',
  'sales-by-product',
  'sales-by-month',
  'tax-summary',
]

export interface SalesReportParams {
  asOf?: string
  from?: string
  to?: string
  /** A contact's id or its exact name. */
  contact?: string
  /** Ageing bucket limits in days, rising: [30, 60, 90]. */
  buckets?: number[]
}

interface Header {
  currency: string
  decimals: number
  companyName: string
}

/** `exchange_difference`: credit used on an invoice at another rate than it came in at. */
export type StatementLineKind =
  'invoice' | 'credit_note' | 'payment' | 'cancellation' | 'exchange_difference'

export interface StatementLine {
  date: string
  kind: StatementLineKind
  number: string
  dueDate: string | null
  /** What it adds to what the customer owes. */
  charge: bigint
  /** What it takes off (payments, credit notes, cancellations). */
  credit: bigint
  balance: bigint
  /** For a foreign-currency document or payment: its currency and signed amount in it. */
  currency?: string
  currencyAmount?: bigint
}

export interface CustomerStatement extends Header {
  contactId: string
  contactName: string
  from: string
  to: string
  /** What the customer owed at the start of `from` (negative: in credit). */
  opening: bigint
  lines: StatementLine[]
  closing: bigint
}

export interface SalesTotals {
  net: bigint
  tax: bigint
  gross: bigint
}

export interface SalesByCustomerRow extends SalesTotals {
  contactId: string
  contactName: string
  invoices: number
  creditNotes: number
}

export interface SalesByProductRow extends SalesTotals {
  /** Null for lines sold without a product (straight to an account). */
  productId: string | null
  code: string
  name: string
  /** Thousandths of the unit, invoiced less credited. */
  quantity: bigint
}

export interface SalesByMonthRow extends SalesTotals {
  /** YYYY-MM */
  month: string
}

interface SalesReport<R> extends Header {
  from: string
  to: string
  /** The contact the report is limited to, if any. */
  contactId: string | null
  rows: R[]
  totals: SalesTotals
}

export type SalesByCustomer = SalesReport<SalesByCustomerRow>
export type SalesByProduct = SalesReport<SalesByProductRow>
export type SalesByMonth = SalesReport<SalesByMonthRow>

export interface TaxSummaryRow {
  /** Null for sales lines without a tax code. */
  taxCodeId: string | null
  code: string
  name: string
  /** Hundredths of a percent. */
  rate: number
  /** Net sales taxed with this code. */
  taxable: bigint
  output: bigint
}

export interface TaxInputRow {
  accountId: string
  accountCode: string
  accountName: string
  amount: bigint
}

export interface TaxTieOutRow {
  accountId: string
  code: string
  name: string
  /** Credit less debit on the account in the range: what it adds to tax payable. */
  movement: bigint
}

export interface TaxSummary extends Header {
  from: string
  to: string
  rows: TaxSummaryRow[]
  /** Where input tax was read: the ledger's input tax accounts, until bills carry it. */
  inputSource: 'ledger'
  input: TaxInputRow[]
  totals: { taxable: bigint; output: bigint; input: bigint; net: bigint }
  tieOut: {
    accounts: TaxTieOutRow[]
    ledgerMovement: bigint
    summaryNet: bigint
    difference: bigint
  }
}

export interface SalesReportByName {
  'receivables-ageing': ReceivablesAgeing
  'customer-statement': CustomerStatement
  'sales-by-customer': SalesByCustomer
  'sales-by-product': SalesByProduct
  'sales-by-month': SalesByMonth
  'tax-summary': TaxSummary
}
