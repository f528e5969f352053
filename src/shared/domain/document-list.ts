import type { SalesDocument } from './sales'

/**
 * How a document stands, as the invoice, bill and debit note lists filter it: `open` is posted
 * with something still owed (overdue or not), `posted` is every issued one, paid or not.
 */
export type DocumentListStatus = 'draft' | 'open' | 'overdue' | 'paid' | 'cancelled' | 'posted'

export const DOCUMENT_LIST_STATUSES: readonly DocumentListStatus[] = [
  'draft',
  'posted',
  'open',
  'overdue',
  'paid',
  'cancelled',
]

/** What a document list is narrowed to; every part is optional and they all apply together. */
export interface DocumentListQuery {
  contactId?: string
  status?: DocumentListStatus
  /** Document dates from and to, both included. */
  from?: string
  to?: string
  /** Due on or before this day (bills to pay by a date). */
  dueBy?: string
  /** The day `overdue` is judged on; today when absent. */
  asOf?: string
  /** Words in the number, the contact's name or the reference. */
  search?: string
}

/** One row of a document list: the document without its lines, and what is owed in base currency. */
export type DocumentListRow = Omit<SalesDocument, 'lines'> & { baseOutstanding: bigint }

/** The rows that match, newest first, with their count and totals in the base currency. */
export interface DocumentListPage {
  rows: DocumentListRow[]
  count: number
  baseGross: bigint
  baseDue: bigint
  /**
   * Beside an unpaid or overdue list of invoices or bills: payments and notes not yet set against
   * any (negative), which the ageing nets against them; 0 otherwise.
   */
  baseCredit: bigint
}
