import { groupedAmount } from './amounts'
import { isCaption, type Column, type Grid, type GridRow } from './grid'

const GAP = '  '
const INDENT = '  '

/** Plain text for a terminal: a title, aligned columns, amounts right-aligned with grouping. */
export function renderTable(grid: Grid): string {
  const columns = grid.columns.filter((column) => column.only !== 'csv')
  const indentKey = grid.indentKey ?? columns.find((column) => column.kind === 'text')?.key
  const text = (row: GridRow) =>
    columns.map((column) => {
      const value = cellText(column, row.cells[column.key], grid.decimals)
      return column.key === indentKey && row.indent ? INDENT.repeat(row.indent) + value : value
    })
  const bodies = grid.rows.map((row) => (isCaption(row) ? null : text(row)))
  const widths = columns.map((column, index) =>
    Math.max(column.label.length, ...bodies.map((cells) => (cells ? cells[index]!.length : 0))),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, index) =>
        columns[index]!.kind === 'text'
          ? cell.padEnd(widths[index]!)
          : cell.padStart(widths[index]!),
      )
      .join(GAP)
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join(GAP)
  const out = [grid.title, '', line(columns.map((column) => column.label)), rule]
  grid.rows.forEach((row, index) => {
    if (isCaption(row)) {
      if (index > 0) out.push('')
      out.push(row.caption)
      return
    }
    if (row.rule) out.push(rule)
    out.push(line(bodies[index]!))
  })
  return out.join('\n') + '\n'
}

function cellText(column: Column, value: unknown, decimals: number): string {
  if (value === null || value === undefined) return ''
  if (column.kind === 'amount' && typeof value === 'bigint') return groupedAmount(value, decimals)
  return String(value)
}
