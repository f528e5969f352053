import type { StatementSection } from '../../../../shared/domain/reports'
import { toDecimalString } from '../../../../shared/money'
import type { Column, GridRow } from './grid'

/** The columns of a statement; `compare` adds the comparison period's column. */
export function statementColumns(compare: boolean): Column[] {
  const columns: Column[] = [
    { key: 'section', label: 'Section', kind: 'text', only: 'csv' },
    { key: 'code', label: 'Code', kind: 'text' },
    { key: 'name', label: 'Account', kind: 'text' },
    { key: 'depth', label: 'Depth', kind: 'number', only: 'csv' },
    { key: 'amount', label: 'Amount', kind: 'amount' },
  ]
  if (compare) columns.push({ key: 'previous', label: 'Previous', kind: 'amount' })
  return columns
}

/** A section's account rows, indented by depth, then its total. */
export function sectionRows(section: StatementSection, title: string): GridRow[] {
  const rows: GridRow[] = section.rows.map((row) => ({
    indent: row.depth,
    cells: {
      section: section.type,
      code: row.code,
      name: row.name,
      depth: row.depth,
      amount: row.heading ? null : row.amount,
      previous: row.heading ? null : (row.previous ?? null),
    },
  }))
  rows.push(totalRow(section.type, `Total ${title}`, section.total, section.previousTotal))
  return rows
}

/** A computed line (a total, earnings) with no account of its own. */
export function totalRow(
  section: string,
  name: string,
  amount: bigint,
  previous?: bigint,
): GridRow {
  return {
    rule: true,
    cells: { section, code: '', name, depth: null, amount, previous: previous ?? null },
  }
}

export function sectionJson(section: StatementSection, decimals: number, compare: boolean) {
  const amount = (minor: bigint) => toDecimalString(minor, decimals)
  return {
    rows: section.rows.map((row) => ({
      code: row.code,
      name: row.name,
      depth: row.depth,
      heading: row.heading ?? false,
      amount: amount(row.amount),
      ...(compare ? { previous: amount(row.previous ?? 0n) } : {}),
    })),
    total: amount(section.total),
    ...(compare ? { previousTotal: amount(section.previousTotal ?? 0n) } : {}),
  }
}
