/** Purchasing: supplier bills, debit notes, supplier payments and payables reports. */
import type { DocumentInput, Payment, SalesDocument } from './sales'
import type { ReceivablesAgeing } from './receivables'
import type { OrderLineProgress } from './sales-flow'

/** Issued purchase orders are open until every line is billed or they are closed by hand. */
export type PurchaseOrderStatus = 'draft' | 'open' | 'billed' | 'closed'

export interface PurchaseOrder extends SalesDocument {
  flowStatus: PurchaseOrderStatus
  /** Each line's ordered, billed (`invoiced`: on posted bills) and remaining quantities. */
  progress: OrderLineProgress[]
  /** Posted or cancelled bills made from it. */
  bills: { id: string; number: string | null; status: string; gross: bigint }[]
}

/** A payment to a supplier, as the payments list shows it. */
export interface SupplierPaymentRow extends Payment {
  contactName: string
}

/** What to bill of a purchase order: the supplier's invoice number, and lines as for invoicing. */
export interface BillOrderInput {
  orderId: string
  reference: string
  date?: string
  lines?: { lineNo: number; quantity: bigint }[]
}

export interface BillInput extends DocumentInput {
  /** The supplier's own invoice number; one posted bill per number and supplier. */
  reference: string
}

/** What we owe each supplier as of a day, by how long past due; the same shape as receivables. */
export type PayablesAgeing = ReceivablesAgeing

export interface PurchasesBySupplierRow {
  contactId: string
  contactName: string
  /** Bills posted in the period (cancelled ones left out), before tax. */
  billed: bigint
  /** Debit notes posted in the period, before tax. */
  debited: bigint
  /** billed less debited, before tax. */
  net: bigint
  tax: bigint
  /** net plus tax: what the period's purchases put on payables. */
  gross: bigint
}

export interface PurchasesBySupplier {
  currency: string
  decimals: number
  companyName: string
  from: string
  to: string
  rows: PurchasesBySupplierRow[]
  totals: Omit<PurchasesBySupplierRow, 'contactId' | 'contactName'>
}

export const PURCHASING_REPORT_NAMES = ['payables-ageing', 'purchases-by-supplier'] as const
export type PurchasingReportName = (typeof PURCHASING_REPORT_NAMES)[number]

export interface PurchasingReportByName {
  'payables-ageing': PayablesAgeing
  'purchases-by-supplier': PurchasesBySupplier
}

export interface PurchasingReportParams {
  asOf?: string
  from?: string
  to?: string
  /** A supplier's id or exact name. */
  contact?: string
  buckets?: number[]
}
