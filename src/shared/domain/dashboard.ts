/** The shop owner's home page: how the business is doing today, in one answer. Money: base minor units. */
export interface Dashboard {
  today: string
  currency: string
  decimals: number
  sales: DashboardSales
  cash: { accounts: CashBalance[]; total: bigint }
  receivables: DashboardOpenItems
  payables: DashboardOpenItems & {
    /** Bills due from today to `dueSoonUntil`, both days included, and how many. */
    dueSoon: bigint
    dueSoonCount: number
    dueSoonUntil: string
  }
  /** Stocked items whose available quantity is below their reorder level (the low-stock report). */
  lowStockItems: number
  drafts: DraftCounts
  recent: RecentDocument[]
}

/** Net sales (posted invoices less credit notes, cancelled ones left out), base currency. */
export interface DashboardSales {
  today: bigint
  thisMonth: bigint
  lastMonth: bigint
  monthStart: string
  lastMonthStart: string
  lastMonthEnd: string
}

export interface CashBalance {
  accountId: string
  code: string
  name: string
  balance: bigint
}

/** One side's open items as of today: the ageing report's figures. */
export interface DashboardOpenItems {
  total: bigint
  overdue: bigint
  /** Contacts with something overdue. */
  overdueContacts: number
  /** The contacts owing (or owed) the most overdue, largest first; five at most. */
  mostOverdue: OverdueContact[]
}

export interface OverdueContact {
  contactId: string
  contactName: string
  overdue: bigint
  total: bigint
}

export interface DraftCounts {
  invoices: number
  creditNotes: number
  bills: number
  debitNotes: number
  stockDocuments: number
  /** Pay runs not yet posted: drafts and calculated runs. */
  payRuns: number
}

export type RecentDocumentKind =
  | 'invoice'
  | 'credit_note'
  | 'bill'
  | 'debit_note'
  | 'receipt'
  | 'delivery'
  | 'transfer'
  | 'adjustment'
  | 'count'
  | 'opening'

export interface RecentDocument {
  kind: RecentDocumentKind
  id: string
  number: string
  date: string
  /** The customer or supplier; empty for stock documents without one. */
  contactName: string
  /** Gross in base currency for sales and purchase documents; null for stock documents. */
  amount: bigint | null
}
