import type { AccountType } from './ledger'

/** Every amount is a bigint in minor units; `decimals` says how to show it. */
interface ReportHeader {
  currency: string
  decimals: number
  companyName: string
}

export interface TrialBalanceRow {
  accountId: string
  code: string
  name: string
  type: AccountType
  /** The account's net balance, on its side: one of debit and credit is zero. */
  debit: bigint
  credit: bigint
}

export interface TrialBalance extends ReportHeader {
  asOf: string
  rows: TrialBalanceRow[]
  totals: { debit: bigint; credit: bigint }
}

export interface GeneralLedgerLine {
  entryId: string
  number: string
  date: string
  reference: string
  memo: string
  debit: bigint
  credit: bigint
  /** Running balance after this line, debit positive. */
  balance: bigint
  /** The line's place in its entry: with date and number, its key in ledger order. */
  lineNo: number
}

/** Where a line stands in an account's ledger order (date, entry number, line). */
export interface LedgerLineKey {
  date: string
  number: string
  lineNo: number
}

export interface GeneralLedgerAccount {
  accountId: string
  code: string
  name: string
  type: AccountType
  /** Balance at the start of `from`, debit positive. */
  opening: bigint
  /** The lines asked for: every line, or one page of them. */
  lines: GeneralLedgerLine[]
  /**
   * How many lines the account has in the period, however many `lines` holds (a page read by key,
   * `after`/`before`/`last`, does not count again: there it is the page's own length).
   */
  lineCount: number
  totalDebit: bigint
  totalCredit: bigint
  closing: bigint
}

export interface GeneralLedger extends ReportHeader {
  from: string
  to: string
  accounts: GeneralLedgerAccount[]
}

export interface StatementRow {
  accountId: string
  code: string
  name: string
  /** Depth in the chart's hierarchy, for indenting. */
  depth: number
  /** Signed on the section's natural side: income and liabilities positive as credits. */
  amount: bigint
  previous?: bigint
  /**
   * Shown only to keep the hierarchy readable: a parent with nothing of its own in the period(s),
   * above children that have amounts.
   */
  heading?: boolean
}

export interface StatementSection {
  type: AccountType
  rows: StatementRow[]
  total: bigint
  previousTotal?: bigint
}

export interface ProfitAndLoss extends ReportHeader {
  from: string
  to: string
  previous: { from: string; to: string }
  income: StatementSection
  expenses: StatementSection
  netProfit: bigint
  previousNetProfit: bigint
}

export interface BalanceSheet extends ReportHeader {
  asOf: string
  assets: StatementSection
  liabilities: StatementSection
  equity: StatementSection
  /** Income less expenses from the start of the fiscal year to `asOf`, not yet closed to equity. */
  currentYearEarnings: bigint
  /**
   * Income less expenses of earlier fiscal years still in the income and expense accounts (not
   * closed to retained earnings by a closing entry): part of equity, shown as its own line.
   */
  unclosedEarnings: bigint
  /** `equity.total` (the equity accounts) plus unclosed and current-year earnings. */
  totalEquity: bigint
  totalAssets: bigint
  totalLiabilitiesAndEquity: bigint
}

export type ReportName = 'trial-balance' | 'general-ledger' | 'profit-and-loss' | 'balance-sheet'
export const REPORT_NAMES: readonly ReportName[] = [
  'trial-balance',
  'general-ledger',
  'profit-and-loss',
  'balance-sheet',
]

export interface ReportParams {
  asOf?: string
  from?: string
  to?: string
  /** General ledger: one account by code; all accounts with activity when absent. */
  accountCode?: string
}
