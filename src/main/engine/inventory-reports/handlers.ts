import type { inventoryReportsContract } from '../../../shared/rpc/contracts/inventory-reports'
import type { HandlerMap } from '../rpc/handler'
import { expiringLots } from './expiring-lots'
import { lowStock } from './low-stock'
import { stockLedger } from './stock-ledger'
import { stockSummary } from './stock-summary'
import { stockValuation } from './stock-valuation'

export const inventoryReportHandlers: HandlerMap<keyof typeof inventoryReportsContract> = {
  'reports.stockSummary': (s, query) => stockSummary(s.requireCompany(), query),
  'reports.stockLedger': (s, query) => stockLedger(s.requireCompany(), query),
  'reports.stockValuation': (s, query) => stockValuation(s.requireCompany(), query),
  'reports.lowStock': (s, query) => lowStock(s.requireCompany(), query),
  'reports.expiringLots': (s, query) => expiringLots(s.requireCompany(), query),
}
