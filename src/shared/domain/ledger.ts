export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense'
export const ACCOUNT_TYPES: readonly AccountType[] = [
  'asset',
  'liability',
  'equity',
  'income',
  'expense',
]

/** Types whose balance normally sits on the debit side. */
export const DEBIT_NORMAL: ReadonlySet<AccountType> = new Set(['asset', 'expense'])

export interface Account {
  id: string
  code: string
  name: string
  type: AccountType
  parentId: string | null
  archived: boolean
}

export type EntryStatus = 'draft' | 'posted'

export interface EntryLineInput {
  accountId: string
  /** Minor units; exactly one of debit and credit is positive on a posted line. */
  debit: bigint
  credit: bigint
  memo?: string
}

export interface EntryInput {
  date: string
  reference?: string
  memo?: string
  lines: EntryLineInput[]
}

export interface JournalLine extends EntryLineInput {
  lineNo: number
  accountCode: string
  accountName: string
  memo: string
}

export interface JournalEntry {
  id: string
  number: string | null
  date: string
  reference: string
  memo: string
  status: EntryStatus
  source: string
  reversesId: string | null
  reversedById: string | null
  lines: JournalLine[]
}

export interface JournalListRow {
  id: string
  number: string | null
  date: string
  reference: string
  memo: string
  status: EntryStatus
  source: string
  /** Sum of the entry's debits, minor units. */
  amount: bigint
}

export interface JournalListQuery {
  search?: string
  from?: string
  to?: string
  status?: EntryStatus
  accountId?: string
  offset: number
  limit: number
  /** The entries listed after this one (newest first), read from it by the index, not by offset. */
  after?: JournalListKey
  /** The entries listed just before this one. */
  before?: JournalListKey
  /** The last `limit` entries of the list (the End key), whatever `offset` says. */
  last?: boolean
}

/** Where an entry stands in the journal list's order (date, then id, newest first). */
export interface JournalListKey {
  date: string
  id: string
}

export interface JournalListPage {
  rows: JournalListRow[]
  total: number
}

export interface PostedRef {
  id: string
  number: string
}
