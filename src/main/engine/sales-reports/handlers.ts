import type { salesReportsContract } from '../../../shared/rpc/contracts/sales-reports'
import type { HandlerMap } from '../rpc/handler'
import { customerStatement } from './customer-statement'
import { salesByCustomer, salesByMonth, salesByProduct } from './sales-by'
import { taxSummary } from './tax-summary'

export const salesReportHandlers: HandlerMap<keyof typeof salesReportsContract> = {
  'reports.customerStatement': (s, query) => customerStatement(s.requireCompany(), query),
  'reports.salesByCustomer': (s, query) => salesByCustomer(s.requireCompany(), query),
  'reports.salesByProduct': (s, query) => salesByProduct(s.requireCompany(), query),
  'reports.salesByMonth': (s, query) => salesByMonth(s.requireCompany(), query),
  'reports.taxSummary': (s, query) => taxSummary(s.requireCompany(), query),
}
