import { today as localToday } from '../../../shared/dates'
import type { Dashboard } from '../../../shared/domain/dashboard'
import type { CompanyContext } from '../company/company-context'
import { lowStock } from '../inventory-reports/low-stock'
import { assertDate, reportHeader } from '../reports/report-header'
import { cashBalances } from './cash-balances'
import { draftCounts, recentDocuments } from './document-figures'
import { billsDueSoon, openItemFigures } from './open-item-figures'
import { salesFigures } from './sales-figures'

/**
 * Everything the home page shows, in one read: sales, cash and bank, who owes and is owed,
 * low stock, drafts waiting and the latest posted documents. Each figure comes from the report
 * that explains it (or the same kept totals), read through indexes, never every ledger line.
 */
export function dashboard(ctx: CompanyContext, query: { today?: string } = {}): Dashboard {
  const today = query.today ?? localToday()
  assertDate('today', today)
  const { currency, decimals } = reportHeader(ctx)
  return {
    today,
    currency,
    decimals,
    sales: salesFigures(ctx, today),
    cash: cashBalances(ctx, today),
    receivables: openItemFigures(ctx, today, 'receivable'),
    payables: { ...openItemFigures(ctx, today, 'payable'), ...billsDueSoon(ctx, today) },
    lowStockItems: lowStock(ctx, { asOf: today }).rows.length,
    drafts: draftCounts(ctx),
    recent: recentDocuments(ctx, today),
  }
}
