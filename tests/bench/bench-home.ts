/**
 * The Home page's one read and the overdue invoice list, on the sales section's small and big
 * companies: both claim to read through indexes, so their cost should follow what is open, not
 * how many invoices were ever posted. The list has no paging: its first page is every match.
 */
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { dashboard } from '../../src/main/engine/dashboard/dashboard'
import { findDocuments } from '../../src/main/engine/sales/document-list'
import { medianMs, type BenchRow } from './measure'

interface Sized {
  ctx: CompanyContext
  /** The company's label in a row name, e.g. "100,000 invoices, 186 open". */
  label: string
}

const RUNS = 11

/**
 * Home and the overdue list at `small` and `big` as of `today`, and each one's big / small ratio:
 * with a target of at most 1.5x when `target`, for reference otherwise.
 */
export function homeRows(small: Sized, big: Sized, today: string, target: boolean): BenchRow[] {
  const overdue = (ctx: CompanyContext) =>
    findDocuments(ctx, 'invoice', { status: 'overdue', asOf: today })
  const rows: BenchRow[] = []
  const measures = [
    ['Home (dashboard)', (ctx: CompanyContext) => dashboard(ctx, { today })],
    [
      `overdue invoice list (${overdue(big.ctx).count.toLocaleString('en')} rows at the big one)`,
      overdue,
    ],
  ] as const
  for (const [name, read] of measures) {
    const smallMs = medianMs(() => read(small.ctx), RUNS)
    const bigMs = medianMs(() => read(big.ctx), RUNS)
    const ratio = bigMs / smallMs
    rows.push(
      { name: `${name} at ${small.label}`, value: `${smallMs.toFixed(2)} ms` },
      { name: `    at ${big.label}`, value: `${bigMs.toFixed(2)} ms` },
      {
        name: `    big / small${target ? '' : ' (for reference)'}`,
        value: `${ratio.toFixed(2)}x`,
        ...(target ? { target: '<= 1.5x', pass: ratio <= 1.5 } : {}),
      },
    )
  }
  return rows
}
