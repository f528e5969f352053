import type { ReactNode } from 'react'
import type { DocumentLine, SalesDocument } from '../../../shared/domain/sales'
import { Amount } from '../../components/amount'

/** One column of a document's lines: its heading, each line's cell, and any document total. */
export interface LineColumn {
  key: string
  label: string
  /** Numbers and amounts, aligned at the end of the cell. */
  end?: boolean
  /** Codes, in the fixed-width face (the cells only). */
  mono?: boolean
  cell(line: DocumentLine): ReactNode
  total?(doc: SalesDocument): bigint
}

/** A row under the totals with one amount at the end: what is paid, what is still owed. */
export interface LineSum {
  key: string
  label: string
  value: bigint
}

/**
 * A document's lines, read only: the totals under the columns that have one (the last, the
 * document's total, marked data-total="gross"), then the sums, each marked with its key.
 */
export function DocumentLines(props: {
  doc: SalesDocument
  columns: LineColumn[]
  totalsLabel: string
  sums?: LineSum[]
}) {
  const { doc, columns } = props
  const firstTotal = columns.findIndex((column) => column.total)
  const totalled = columns.slice(firstTotal)
  const align = (column: LineColumn) => (column.end ? 'end' : undefined)
  const face = (column: LineColumn) => (column.mono ? 'mono' : align(column))
  return (
    <table className="grid detail-lines">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} className={align(column)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {doc.lines.map((line) => (
          <tr key={line.lineNo}>
            {columns.map((column) => (
              <td key={column.key} className={face(column)}>
                {column.cell(line)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={firstTotal}>{props.totalsLabel}</td>
          {totalled.map((column, index) => (
            <td
              key={column.key}
              className="end"
              data-total={index === totalled.length - 1 ? 'gross' : undefined}
            >
              <Amount value={column.total?.(doc) ?? 0n} />
            </td>
          ))}
        </tr>
        {props.sums?.map((sum) => (
          <tr key={sum.key}>
            <td colSpan={columns.length - 1}>{sum.label}</td>
            <td className="end" data-total={sum.key}>
              <Amount value={sum.value} />
            </td>
          </tr>
        ))}
      </tfoot>
    </table>
  )
}
