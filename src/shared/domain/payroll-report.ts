/**
 * A payroll report as the screens receive it: the engine's report grid (columns and rows, money
 * as bigint minor units), so the screen, the table, CSV and JSON all show the same figures.
 */
export type PayrollReportName = 'payroll-register' | 'payroll-liabilities' | 'payroll-ytd'

export type ReportCell = string | bigint | number | null

export interface ReportGrid {
  title: string
  decimals: number
  columns: {
    key: string
    label: string
    kind: 'text' | 'amount' | 'number'
    only?: 'table' | 'csv'
  }[]
  indentKey?: string
  rows: (
    { cells: Record<string, ReportCell>; indent?: number; rule?: boolean } | { caption: string }
  )[]
}

/** A PDF carried over the wire: JSON has no bytes, so base64 text. */
export interface PdfFile {
  fileName: string
  base64: string
}
