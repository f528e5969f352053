import type { Generated } from 'kysely'
import type { AccountType, EntryStatus } from '../../../shared/domain/ledger'
import type { InventoryTables } from './inventory-schema'
import type { PayrollTables } from './payroll-schema'
import type { PriceListTables } from './price-list-schema'
import type { SalesFlowTables } from './sales-flow-schema'
import type { SalesTables } from './sales-schema'

/**
 * The company file's tables as Kysely sees them. Integers come back from better-sqlite3 as bigint
 * (safe integers are on for the whole connection), so every INTEGER column is typed bigint.
 */
export interface Database
  extends SalesTables, PayrollTables, SalesFlowTables, InventoryTables, PriceListTables {
  company: CompanyTable
  device: DeviceTable
  number_series: NumberSeriesTable
  account: AccountTable
  journal_entry: JournalEntryTable
  journal_line: JournalLineTable
  account_balance_day: AccountBalanceTable & { day: string }
  account_balance_month: AccountBalanceTable & { month: string }
  change_log: ChangeLogTable
}

export interface CompanyTable {
  id: string
  name: string
  base_currency: string
  currency_decimals: bigint
  fiscal_year_start: string // MM-DD
  locale: string
  lock_date: string | null // YYYY-MM-DD; nothing may be posted on or before it
  tax_rounding: Generated<'line' | 'document'>
  credit_limit_policy: Generated<'warn' | 'refuse'>
  negative_stock: Generated<'refuse' | 'allow'>
  default_warehouse_id: Generated<string | null>
  created_at: string
}

export interface DeviceTable {
  id: string
  name: string
  prefix: string // put before document numbers, so offline devices never collide
  is_local: bigint
  created_at: string
}

export interface NumberSeriesTable {
  series: string
  prefix: string
  next_value: bigint
}

export interface AccountTable {
  id: string
  code: string
  name: string
  type: AccountType
  parent_id: string | null
  archived: bigint
  created_at: string
  updated_at: string
}

export interface JournalEntryTable {
  id: string
  number: string | null
  date: string
  reference: string
  memo: string
  status: EntryStatus
  source: string
  reverses_id: string | null
  posted_at: string | null
  created_at: string
}

export interface JournalLineTable {
  entry_id: string
  line_no: bigint
  account_id: string
  date: string
  debit: bigint
  credit: bigint
  memo: string
}

export interface AccountBalanceTable {
  account_id: string
  debit: bigint
  credit: bigint
}

export interface ChangeLogTable {
  seq: Generated<bigint>
  entity: string
  entity_id: string
  operation: string
  data: string
  user_name: string
  device_id: string
  hlc: string
}
