/**
 * A report laid out as columns and rows, the one shape both the terminal table and the CSV file
 * are drawn from. Money cells stay bigint minor units until the renderer writes them.
 */
export type Cell = string | bigint | number | null

export interface Column {
  key: string
  label: string
  kind: 'text' | 'amount' | 'number'
  /** A column only one of the outputs needs (CSV repeats what the table shows as captions). */
  only?: 'table' | 'csv'
}

export interface GridRow {
  cells: Record<string, Cell>
  /** Indent the grid's `indentKey` column by this many levels in the table. */
  indent?: number
  /** Draw a line above this row in the table (before totals). */
  rule?: boolean
}

/** A line of text in the table only, such as an account's name above its lines. */
export interface GridCaption {
  caption: string
}

export interface Grid {
  title: string
  decimals: number
  columns: Column[]
  /** The column that `indent` moves: the first text column by default. */
  indentKey?: string
  rows: (GridRow | GridCaption)[]
}

export function isCaption(row: GridRow | GridCaption): row is GridCaption {
  return 'caption' in row
}
