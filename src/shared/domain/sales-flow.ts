/**
 * Quotes, sales orders and the quick cash sale. Quotes and orders never touch the ledger: issuing
 * one gives it a number; an order is open until every line is invoiced or it is closed by hand.
 * Quantities are bigint thousandths of the unit; money is bigint minor units.
 */
import type { SalesDocument } from './sales'

export type QuoteStatus = 'draft' | 'issued' | 'accepted' | 'declined'
export type OrderStatus = 'draft' | 'open' | 'invoiced' | 'closed'

export interface Quote extends SalesDocument {
  flowStatus: QuoteStatus
  /** The order or invoice it was accepted into. */
  acceptedInto: { id: string; type: 'sales_order' | 'invoice'; number: string | null } | null
}

export interface OrderLineProgress {
  lineNo: number
  description: string
  ordered: bigint
  /** On posted invoices; a cancelled invoice frees its quantities again. */
  invoiced: bigint
  remaining: bigint
}

export interface SalesOrder extends SalesDocument {
  flowStatus: OrderStatus
  progress: OrderLineProgress[]
  /** Posted or cancelled invoices made from it. */
  invoices: { id: string; number: string | null; status: string; gross: bigint }[]
}

/** What to invoice of an order: line numbers (from 1) and quantities; absent: all that is left. */
export interface InvoiceOrderInput {
  orderId: string
  date?: string
  lines?: { lineNo: number; quantity: bigint }[]
}

export interface CashSaleLineInput {
  /** A product code, or what a barcode scanner typed. */
  code: string
  quantity: bigint
  /** Defaults to the product's sales price. */
  unitPrice?: bigint
}

export interface CashSaleInput {
  /** Defaults to today. */
  date?: string
  /** Cash into 1110 Cash on hand, card into 1120 Bank account, unless accountId says otherwise. */
  method: 'cash' | 'card'
  accountId?: string
  /** A named customer; by default the walk-in "Cash customer". */
  contactId?: string
  /** Money handed over, to work out the change; never less than the total. */
  tendered?: bigint
  lines: CashSaleLineInput[]
}

export interface CashSaleResult {
  invoiceId: string
  invoiceNumber: string
  paymentId: string
  receiptNumber: string
  contactId: string
  gross: bigint
  change: bigint
  warnings: string[]
}

/** The company's own details printed on its documents. */
export interface PrintDetails {
  address: string
  taxId: string
  footer: string
  /** PNG or JPEG bytes as base64, so the same value travels over IPC and HTTP. */
  logoBase64: string | null
}

export type PrintKind = 'invoice' | 'quote' | 'sales-order' | 'credit-note' | 'receipt'

/**
 * A printed PDF. The bytes travel as base64: the http host's wire JSON tags bigints only, and a
 * Uint8Array would arrive as an object of numbered keys.
 */
export interface PrintedPdf {
  fileName: string
  mimeType: 'application/pdf'
  base64: string
}
