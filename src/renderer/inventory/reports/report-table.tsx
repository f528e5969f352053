import { toDecimalString } from '../../../shared/money'
import { Amount } from '../../components/amount'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { routeHref, type Route } from '../../routing/routes'
import { quantityText } from '../quantity'

export type ReportValue = string | bigint | number | null

/** One column of an inventory report: shown in the table and written to the CSV the same way. */
export interface ReportColumn<R> {
  /** The CSV header, as the CLI names it. */
  key: string
  label: MessageKey
  kind: 'text' | 'date' | 'quantity' | 'money' | 'number'
  value: (row: R) => ReportValue
  /** On screen, a word for a coded value ('fifo'); the CSV keeps the code. */
  word?: (row: R) => MessageKey
  /** On screen, text in the company's digits (`locale`); the CSV keeps `value`. */
  screen?: (row: R, locale: string) => string
  /** The cell links here (an item's page, a document). */
  link?: (row: R) => Route
}

/** The report's rows as a table; `total` fills the money columns it names in a last row. */
export function ReportTable<R>(props: {
  label: string
  columns: readonly ReportColumn<R>[]
  rows: readonly R[]
  rowKey: (row: R) => string
  total?: Record<string, bigint>
}) {
  const { t, format } = useI18n()
  const cell = (column: ReportColumn<R>, value: ReportValue) => {
    if (value === null) return ''
    if (column.kind === 'money' && typeof value === 'bigint') return <Amount value={value} />
    if (column.kind === 'quantity' && typeof value === 'bigint')
      return quantityText(value, format.locale)
    if (typeof value === 'number') return format.number(value)
    if (column.kind === 'date' && typeof value === 'string') return format.date(value)
    return String(value)
  }
  const end = (column: ReportColumn<R>) =>
    column.kind === 'text' || column.kind === 'date' ? undefined : 'end'
  /** Below zero (days left on an expired lot, a negative balance) reads in red. */
  const tone = (column: ReportColumn<R>, value: ReportValue) =>
    (typeof value === 'number' || typeof value === 'bigint') && value < 0
      ? `${end(column) ?? ''} negative`.trim()
      : end(column)
  return (
    <table className="grid report-table" aria-label={props.label}>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column.key} className={end(column)}>
              {t(column.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={props.rowKey(row)}>
            {props.columns.map((column) => {
              const word = column.word?.(row)
              const value = column.value(row)
              const screen = column.screen?.(row, format.locale)
              const shown = word ? t(word) : (screen ?? cell(column, value))
              const route = column.link?.(row)
              return (
                <td key={column.key} className={tone(column, value)} data-column={column.key}>
                  {route ? <a href={routeHref(route)}>{shown}</a> : shown}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
      {props.total ? (
        <tfoot>
          <tr className="subtotal">
            {props.columns.map((column, index) => {
              const total = props.total?.[column.key]
              return (
                <td key={column.key} className={end(column)} data-total={column.key}>
                  {index === 0 ? t('stockReport.total') : null}
                  {total === undefined ? null : <Amount value={total} />}
                </td>
              )
            })}
          </tr>
        </tfoot>
      ) : null}
    </table>
  )
}

/** The rows as CSV text: a header of column keys, amounts and quantities as plain decimals. */
export function reportCsv<R>(
  columns: readonly ReportColumn<R>[],
  rows: readonly R[],
  decimals: number,
): string {
  const text = (column: ReportColumn<R>, value: ReportValue): string => {
    if (value === null) return ''
    if (typeof value === 'bigint')
      return toDecimalString(value, column.kind === 'money' ? decimals : 3)
    return String(value)
  }
  const lines = [
    columns.map((column) => csvField(column.key)),
    ...rows.map((row) => columns.map((column) => csvField(text(column, column.value(row))))),
  ]
  return `${lines.map((line) => line.join(',')).join('\r\n')}\r\n`
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
