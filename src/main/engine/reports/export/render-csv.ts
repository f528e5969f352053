import { stringify } from 'csv-stringify/sync'
import { toDecimalString } from '../../../../shared/money'
import { isCaption, type Column, type Grid, type GridRow } from './grid'

/** One header row of column keys, then one row per report line; amounts as plain decimals. */
export function renderCsv(grid: Grid): string {
  const columns = grid.columns.filter((column) => column.only !== 'table')
  const records = grid.rows
    .filter((row): row is GridRow => !isCaption(row))
    .map((row) => columns.map((column) => csvCell(column, row.cells[column.key], grid.decimals)))
  return stringify([columns.map((column) => column.key), ...records])
}

function csvCell(column: Column, value: unknown, decimals: number): string {
  if (value === null || value === undefined) return ''
  if (column.kind === 'amount' && typeof value === 'bigint') return toDecimalString(value, decimals)
  return String(value)
}
