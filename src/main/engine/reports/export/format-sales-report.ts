import type { SalesReportByName, SalesReportName } from '../../../../shared/domain/sales-reports'
import { ageingGrid, ageingJson, statementGrid, statementJson } from './receivables-export'
import { renderReport, type Exporter, type ReportFormat } from './render-report'
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

const EXPORTERS: { [N in SalesReportName]: Exporter<SalesReportByName[N]> } = {
  'receivables-ageing': { json: ageingJson, grid: ageingGrid },
  'customer-statement': { json: statementJson, grid: statementGrid },
  'sales-by-customer': { json: salesByCustomerJson, grid: salesByCustomerGrid },
  'sales-by-product': { json: salesByProductJson, grid: salesByProductGrid },
  'sales-by-month': { json: salesByMonthJson, grid: salesByMonthGrid },
  'tax-summary': { json: taxSummaryJson, grid: taxSummaryGrid },
}

/** A sales report as a terminal table, CSV or JSON; money as exact decimal strings. */
export function formatSalesReport<N extends SalesReportName>(
  report: SalesReportByName[N],
  name: N,
  format: ReportFormat,
): string {
  const exporter = EXPORTERS[name] as Exporter<SalesReportByName[N]>
  return renderReport(exporter, report, format)
}
