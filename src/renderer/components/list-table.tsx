import type { KeyboardEvent, ReactNode } from 'react'

/** One column of a ListTable: its header and what each record shows in it. */
export interface ListColumn<T> {
  /** Unique among the table's columns. */
  key: string
  header?: ReactNode
  /** The header cell's class: widths (col-code, col-money) and alignment (end). */
  headerClassName?: string
  className?: string
  dir?: 'auto' | 'ltr'
  cell: (record: T) => ReactNode
}

/** A record's code or number column: narrow, in monospace. */
export function codeColumn<T>(
  header: ReactNode,
  cell: (record: T) => ReactNode,
  headerClassName = 'col-code',
): ListColumn<T> {
  return { key: 'code', header, headerClassName, className: 'mono', cell }
}

/** data-* attributes on a record's row, for styles and tests to find it by. */
export type RowData = Record<`data-${string}`, string>

/**
 * Arrow keys move between a table's focusable rows; Enter opens the row. Keys pressed on a
 * control inside the row (a button, a link) are the control's own.
 */
export function listRowKeys(open: () => void) {
  return (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return
    const row = event.currentTarget
    if (event.key === 'Enter') {
      event.preventDefault()
      open()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling
      if (next instanceof HTMLElement) next.focus()
    }
  }
}

/**
 * A table of records, a row each. With `onOpen` every row takes the focus, and a click or Enter
 * opens its record. `rows` undefined (still loading) shows the header alone; `empty`, when given,
 * stands instead of the table once there are no records.
 */
export function ListTable<T>(props: {
  label?: string
  /** Classes besides "grid". */
  className?: string
  columns: readonly ListColumn<T>[]
  rows: readonly T[] | undefined
  rowKey: (record: T) => string
  rowData?: (record: T) => RowData
  onOpen?: (record: T) => void
  empty?: ReactNode
  /** Rows under the records, such as totals. */
  footer?: ReactNode
}) {
  const { columns, onOpen } = props
  if (props.empty !== undefined && props.rows?.length === 0)
    return <p className="empty">{props.empty}</p>
  return (
    <table
      className={props.className ? `grid ${props.className}` : 'grid'}
      aria-label={props.label}
    >
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} className={column.headerClassName}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(props.rows ?? []).map((record) => {
          const open = onOpen ? () => onOpen(record) : undefined
          return (
            <tr
              key={props.rowKey(record)}
              {...props.rowData?.(record)}
              className={open ? 'drill' : undefined}
              tabIndex={open ? 0 : undefined}
              onClick={open}
              onKeyDown={open ? listRowKeys(open) : undefined}
            >
              {columns.map((column) => (
                <td key={column.key} className={column.className} dir={column.dir}>
                  {column.cell(record)}
                </td>
              ))}
            </tr>
          )
        })}
      </tbody>
      {props.footer ? <tfoot>{props.footer}</tfoot> : null}
    </table>
  )
}
