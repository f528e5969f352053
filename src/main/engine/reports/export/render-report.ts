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

/**
 * The `format…Report(report, name, format)` of a set of reports, given each one's exporter:
 * `ByName` maps a report's name to what it computes.
 */
export function reportFormatter<ByName>(exporters: { [N in keyof ByName]: Exporter<ByName[N]> }) {
  return <N extends keyof ByName>(report: ByName[N], name: N, format: ReportFormat): string =>
    renderReport(exporters[name], report, format)
}
