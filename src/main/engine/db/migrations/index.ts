import type { Migration } from 'kysely'
import * as foundation from './0001-foundation'
import * as sales from './0002-sales'
import * as payroll from './0003-payroll'
import * as salesFlow from './0004-sales-flow'
import * as multiCurrency from './0005-multi-currency'
import * as inventory from './0006-inventory'
import * as priceLists from './0007-price-lists'
import * as lineBaseAmounts from './0008-line-base-amounts'
import * as payrollChanges from './0009-payroll-changes'
import * as uncountedLines from './0010-uncounted-lines'
import * as openItemKeys from './0011-open-item-keys'
import * as openItemsByDueDate from './0012-open-items-by-due-date'

/**
 * Every migration, in order. A static record rather than a folder read at run time, so the bundled
 * Electron main process finds them too. Never edit a migration that has shipped: add a new one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-sales': sales,
  '0003-payroll': payroll,
  '0004-sales-flow': salesFlow,
  '0005-multi-currency': multiCurrency,
  '0006-inventory': inventory,
  '0007-price-lists': priceLists,
  '0008-line-base-amounts': lineBaseAmounts,
  '0009-payroll-changes': payrollChanges,
  '0010-uncounted-lines': uncountedLines,
  '0011-open-item-keys': openItemKeys,
  '0012-open-items-by-due-date': openItemsByDueDate,
}

export const SCHEMA_VERSION = Object.keys(MIGRATIONS).length
