import type { SalesReportByName } from '../../../../shared/domain/sales-reports'
import { ageingGrid, ageingJson, statementGrid, statementJson } from './receivables-export'
import { reportFormatter } from './render-report'
import {
  salesByCustomerGrid,
  salesByCustomerJson,
  salesByMonthGrid,
  salesByMonthJson,
  salesByProductGrid,
  salesByProductJson,
  taxSummaryGrid,
  taxSummaryJson,
} from './sales-export'

/** A sales report as a terminal table, CSV or JSON; money as exact decimal strings. */
export const formatSalesReport = reportFormatter<SalesReportByName>({
  'receivables-ageing': { json: ageingJson, grid: ageingGrid },
  'customer-statement': { json: statementJson, grid: statementGrid },
  'sales-by-customer': { json: salesByCustomerJson, grid: salesByCustomerGrid },
  'sales-by-product': { json: salesByProductJson, grid: salesByProductGrid },
  'sales-by-month': { json: salesByMonthJson, grid: salesByMonthGrid },
  'tax-summary': { json: taxSummaryJson, grid: taxSummaryGrid },
})
