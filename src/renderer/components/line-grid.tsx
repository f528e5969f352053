import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-context'

/**
 * A document's lines as a grid: a numbered row per line with the form's cells and a remove
 * button (out of the Tab order: Ctrl+Delete removes from the keyboard), then the totals.
 */
export function LineGrid<Line extends { key: string }>(props: {
  className: string
  lines: readonly Line[]
  /** The column headers between the line number and the remove button. */
  head: ReactNode
  cells: (line: Line, n: number, index: number) => ReactNode
  removeLabel: (n: number) => string
  onRemove: (key: string) => void
  footer?: ReactNode
}) {
  const { t } = useI18n()
  return (
    <table className={props.className}>
      <thead>
        <tr>
          <th className="col-index">#</th>
          {props.head}
          <th className="col-remove">
            <span className="visually-hidden">{t('entry.removeLine')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line, index) => {
          const n = index + 1
          return (
            <tr key={line.key} data-line={n}>
              <td className="col-index muted">{n}</td>
              {props.cells(line, n, index)}
              <td className="col-remove">
                <button
                  type="button"
                  className="icon-button"
                  tabIndex={-1}
                  aria-label={props.removeLabel(n)}
                  title={t('entry.removeLineHint')}
                  onClick={() => props.onRemove(line.key)}
                >
                  ×
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
      {props.footer}
    </table>
  )
}

/**
 * A line cell's error, by the form's field name for it: whether there is one, the id that ties
 * the cell to it for screen readers, and the message under the cell.
 */
export function lineCellErrors<Column extends string>(
  errors: Readonly<Record<string, string>>,
  fieldOf: (key: string, column: Column) => string,
) {
  const errorOf = (key: string, column: Column) => errors[fieldOf(key, column)]
  const errorId = (key: string, column: Column) => `error-${key}-${column}`
  return {
    errorOf,
    describedBy: (key: string, column: Column) =>
      errorOf(key, column) ? errorId(key, column) : undefined,
    cellError: (key: string, column: Column) => {
      const message = errorOf(key, column)
      return message ? (
        <div className="cell-error" id={errorId(key, column)} role="alert">
          {message}
        </div>
      ) : null
    },
  }
}

/** A row in the grid's foot for an error about the lines as a whole (they do not balance). */
export function LinesErrorRow(props: { error?: string; colSpan: number }) {
  return props.error ? (
    <tr>
      <td />
      <td colSpan={props.colSpan}>
        <div className="field-error" role="alert">
          {props.error}
        </div>
      </td>
    </tr>
  ) : null
}
