import type { Grid } from './grid'
import { renderCsv } from './render-csv'
import { renderTable } from './render-table'

export type ReportFormat = 'table' | 'csv' | 'json'
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'csv', 'json']

/** How one report is exported: its JSON shape, and the grid that tables and CSV are made from. */
export interface Exporter<R> {
  json(report: R): unknown
  grid(report: R): Grid
}

/**
 * Writes a report as a terminal table, CSV or JSON. Money is exact in all three: JSON and CSV
 * carry plain decimal strings ("1234.56"), never numbers.
 */
export function renderReport<R>(exporter: Exporter<R>, report: R, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(exporter.json(report), null, 2) + '\n'
    case 'csv':
      return renderCsv(exporter.grid(report))
    case 'table':
      return renderTable(exporter.grid(report))
  }
}
