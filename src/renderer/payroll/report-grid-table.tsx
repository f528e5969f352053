import type { ReportGrid } from '../../shared/domain/payroll-report'
import { Amount } from '../components/amount'
import { useI18n } from '../i18n/i18n-context'

/** Whether a report grid has any line besides its total. */
export function hasLines(grid: ReportGrid): boolean {
  return grid.rows.some((row) => 'cells' in row && !row.rule)
}

/** A payroll report's grid as a table: the columns the screen shows, totals under a rule. */
export function ReportGridTable(props: { grid: ReportGrid }) {
  const { format } = useI18n()
  const { grid } = props
  const columns = grid.columns.filter((column) => column.only !== 'csv')
  return (
    <table className="grid report-table" aria-label={grid.title}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} className={column.kind === 'text' ? undefined : 'end'}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row, index) =>
          'caption' in row ? (
            <tr key={index} className="section-title">
              <th colSpan={columns.length}>{row.caption}</th>
            </tr>
          ) : (
            <tr key={index} className={row.rule ? 'subtotal' : undefined}>
              {columns.map((column) => {
                const value = row.cells[column.key]
                return (
                  <td key={column.key} className={column.kind === 'text' ? undefined : 'end'}>
                    {typeof value === 'bigint' && column.kind === 'amount' ? (
                      <Amount value={value} />
                    ) : typeof value === 'number' || typeof value === 'bigint' ? (
                      format.number(Number(value))
                    ) : (
                      (value ?? '')
                    )}
                  </td>
                )
              })}
            </tr>
          ),
        )}
      </tbody>
    </table>
  )
}
