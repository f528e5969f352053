import type { ComponentProps, ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { routeHref, type Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { Amount } from './amount'

/** A money cell, the amount at its end; `null` leaves the cell empty. */
export function AmountCell(props: {
  value: bigint | null
  blankZero?: boolean
  className?: string
}) {
  return (
    <td className={props.className ? `end ${props.className}` : 'end'}>
      {props.value === null ? null : <Amount value={props.value} blankZero={props.blankZero} />}
    </td>
  )
}

/** A report row that opens `to` when clicked; the DrillLink inside it is the keyboard's way. */
export function DrillRow({ to, className, ...row }: { to: Route } & ComponentProps<'tr'>) {
  const navigate = useNavigate()
  return (
    <tr
      {...row}
      className={className ? `drill ${className}` : 'drill'}
      onClick={() => navigate(to)}
    />
  )
}

/** The link in a drill row: it goes to the same place without the row's click firing too. */
export function DrillLink(props: { to: Route; className?: string; children: ReactNode }) {
  return (
    <a
      className={props.className}
      href={routeHref(props.to)}
      onClick={(event) => event.stopPropagation()}
    >
      {props.children}
    </a>
  )
}

/** The one row a table shows when it has nothing to list. */
export function EmptyRow(props: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={props.columns} className="empty">
        {props.children}
      </td>
    </tr>
  )
}

/** A money column of a DrillAmountsTable: its heading, each row's amount, the total under it. */
export interface AmountColumn<R> {
  key: string
  label: string
  amount: (row: R) => bigint
  total: bigint
  /** Rows leave a zero blank unless the column shows it (a row's own total, say). */
  showZero?: boolean
}

/**
 * Rows named by an account or a party, each opening its page, then money columns and a row of
 * totals: the trial balance, the ageing reports, purchases by supplier.
 */
export function DrillAmountsTable<R>(props: {
  className: string
  /** An account code column before the name. */
  code?: { label: string; value: (row: R) => string }
  nameLabel: string
  name: (row: R) => string
  columns: readonly AmountColumn<R>[]
  rows: readonly R[]
  rowKey: (row: R) => string
  /** Data attributes naming the row (`data-account`, `data-contact`). */
  rowData: (row: R) => Record<`data-${string}`, string>
  drillTo: (row: R) => Route
  empty: string
}) {
  const { t } = useI18n()
  const { code, columns } = props
  const leading = code ? 2 : 1
  return (
    <table className={`grid report-table ${props.className}`}>
      <thead>
        <tr>
          {code ? <th className="col-code">{code.label}</th> : null}
          <th>{props.nameLabel}</th>
          {columns.map((column) => (
            <th key={column.key} className="end col-money">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.length === 0 ? (
          <EmptyRow columns={leading + columns.length}>{props.empty}</EmptyRow>
        ) : null}
        {props.rows.map((row) => (
          <DrillRow key={props.rowKey(row)} to={props.drillTo(row)} {...props.rowData(row)}>
            {code ? <td className="col-code mono">{code.value(row)}</td> : null}
            <td>
              <DrillLink to={props.drillTo(row)}>{props.name(row)}</DrillLink>
            </td>
            {columns.map((column) => (
              <AmountCell
                key={column.key}
                value={column.amount(row)}
                blankZero={!column.showZero}
              />
            ))}
          </DrillRow>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={code ? leading : undefined}>{t('report.total')}</td>
          {columns.map((column) => (
            <AmountCell key={column.key} value={column.total} />
          ))}
        </tr>
      </tfoot>
    </table>
  )
}

/** Money columns read by name from each row and from the totals, as most reports keep them. */
export function namedColumns<K extends string, R extends Record<K, bigint>>(
  keys: readonly K[],
  label: (key: K) => string,
  totals: Record<K, bigint>,
): AmountColumn<R>[] {
  return keys.map((key) => ({
    key,
    label: label(key),
    amount: (row) => row[key],
    total: totals[key],
  }))
}
