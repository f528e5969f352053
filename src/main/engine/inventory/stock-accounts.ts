import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { findAccountByCode } from '../ledger/accounts'

/** The standard chart's accounts stock postings use, looked up by code. */
export const STOCK_ACCOUNT_CODES = {
  inventory: '1300',
  goodsReceived: '2150',
  openingBalances: '3900',
  costOfSales: '5100',
  adjustments: '5200',
} as const

export type StockAccount = keyof typeof STOCK_ACCOUNT_CODES

const PURPOSE: Record<StockAccount, string> = {
  inventory: 'Stock is valued in the inventory account',
  goodsReceived: 'Receipts are credited to goods received not invoiced,',
  openingBalances: 'Opening stock is credited to opening balances,',
  costOfSales: 'Deliveries are charged to cost of goods sold,',
  adjustments: 'Adjustments and counts post to stock adjustments,',
}

/** The id of a stock account; a clear error when the company's chart lacks it. */
export function stockAccountId(ctx: CompanyContext, which: StockAccount): string {
  const code = STOCK_ACCOUNT_CODES[which]
  const account = findAccountByCode(ctx, code)
  if (!account || account.archived)
    throw new DaftarError(
      'validation',
      `${PURPOSE[which]} account ${code}, which is missing or archived`,
      { field: 'account', code },
    )
  return account.id
}
