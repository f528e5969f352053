import type { SalesReportByName, SalesReportName } from '../../../../shared/domain/sales-reports'
import type { ReportFormat } from './format-report'
import type { Grid } from './grid'
import { ageingGrid, ageingJson, statementGrid, statementJson } from './receivables-export'
import { renderCsv } from './render-csv'
import { renderTable } from './render-table'
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

interface Exporter<R> {
  json(report: R): unknown
  grid(report: R): Grid
}

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
  switch (format) {
    case 'json':
      return JSON.stringify(exporter.json(report), null, 2) + '\n'
    case 'csv':
      return renderCsv(exporter.grid(report))
    case 'table':
      return renderTable(exporter.grid(report))
  }
}
