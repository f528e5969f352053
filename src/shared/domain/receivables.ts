/** Receivables reports. Money is bigint minor units; `decimals` says how to show it. */
interface Header {
  currency: string
  decimals: number
  companyName: string
}

export interface AgeingRow {
  contactId: string
  contactName: string
  /** One amount per bucket, in the order of `buckets`. */
  amounts: bigint[]
  total: bigint
}

export interface ReceivablesAgeing extends Header {
  asOf: string
  /** Labels: 'Current', '1-30', ..., '90+'. */
  buckets: string[]
  rows: AgeingRow[]
  totals: bigint[]
  total: bigint
}

export interface StatementLine {
  date: string
  kind: 'invoice' | 'credit_note' | 'payment' | 'cancellation'
  number: string
  dueDate: string | null
  /** What it adds to what the customer owes (negative for payments and credits). */
  amount: bigint
  balance: bigint
}

export interface CustomerStatement extends Header {
  contactId: string
  contactName: string
  from: string
  to: string
  opening: bigint
  lines: StatementLine[]
  closing: bigint
}

export interface SalesByCustomerRow {
  contactId: string
  contactName: string
  invoiced: bigint
  credited: bigint
  /** invoiced less credited, before tax. */
  net: bigint
  tax: bigint
}

export interface SalesByCustomer extends Header {
  from: string
  to: string
  rows: SalesByCustomerRow[]
  totals: Omit<SalesByCustomerRow, 'contactId' | 'contactName'>
}

export interface TaxSummaryRow {
  taxCodeId: string
  code: string
  name: string
  rate: number
  /** Net sales taxed with this code. */
  taxable: bigint
  output: bigint
  input: bigint
  net: bigint
}

export interface TaxSummary extends Header {
  from: string
  to: string
  rows: TaxSummaryRow[]
  totals: { taxable: bigint; output: bigint; input: bigint; net: bigint }
}
