import type { ReactNode } from 'react'
import type { Translate } from '../../i18n/translate'
import {
  expiringLotsColumns,
  lowStockColumns,
  stockLedgerColumns,
  stockSummaryColumns,
  stockValuationColumns,
} from './report-columns'
import type { LoadedReport } from './report-load'
import { reportCsv, ReportTable, type ReportColumn } from './report-table'
import { StockLedgerTable } from './stock-ledger-table'

export interface ReportView {
  body: ReactNode
  rowCount: number
  /** Whether it shows money, so its heading names the currency. */
  money: boolean
  csv: () => string
}

function view<R>(
  label: string,
  columns: readonly ReportColumn<R>[],
  rows: readonly R[],
  rowKey: (row: R) => string,
  decimals: number,
  total?: Record<string, bigint>,
): ReportView {
  return {
    body: <ReportTable label={label} columns={columns} rows={rows} rowKey={rowKey} total={total} />,
    rowCount: rows.length,
    money: columns.some((column) => column.kind === 'money'),
    csv: () => reportCsv(columns, rows, decimals),
  }
}

/** The table and the CSV of a loaded inventory report, from the same columns. */
export function reportView(loaded: LoadedReport, t: Translate): ReportView {
  const decimals = loaded.report.decimals
  switch (loaded.name) {
    case 'stock-summary': {
      const { report } = loaded
      return view(
        t('nav.stockSummary'),
        stockSummaryColumns(report.warehouseId !== null),
        report.rows,
        (row) => row.productId,
        decimals,
        { value: report.totals.value },
      )
    }
    case 'stock-valuation': {
      const { report } = loaded
      return view(
        t('nav.stockValuation'),
        stockValuationColumns,
        report.rows,
        (row) => row.productId,
        decimals,
        { value: report.totals.value },
      )
    }
    case 'low-stock':
      return view(
        t('nav.lowStock'),
        lowStockColumns,
        loaded.report.rows,
        (row) => row.productId,
        decimals,
      )
    case 'expiring-lots':
      return view(
        t('nav.expiringLots'),
        expiringLotsColumns,
        loaded.report.rows,
        (row) => `${row.lotId}:${row.warehouseCode}`,
        decimals,
      )
    case 'stock-ledger':
      return {
        body: <StockLedgerTable ledger={loaded.report} />,
        rowCount: loaded.report.lines.length + 2,
        money: true,
        csv: () => reportCsv(stockLedgerColumns, loaded.report.lines, decimals),
      }
  }
}
