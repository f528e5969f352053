import type { DraftCounts, RecentDocument } from '../../../shared/domain/dashboard'
import type { CompanyContext } from '../company/company-context'

const RECENT = 10
const TRADE_TYPES = ['invoice', 'credit_note', 'bill', 'debit_note'] as const

// A draft is the only document without a number, so the number's unique index finds drafts
// without reading a posted document.
const DRAFT_DOCUMENTS = `SELECT type, count(*) AS count FROM document WHERE number IS NULL
  GROUP BY type`
const DRAFT_STOCK = `SELECT count(*) AS count FROM stock_document
  WHERE number IS NULL AND status = 'draft'`
const WAITING_PAY_RUNS = `SELECT count(*) AS count FROM payroll_run
  WHERE status IN ('draft', 'calculated')`

/** Documents saved but not yet posted, by kind. */
export function draftCounts(ctx: CompanyContext): DraftCounts {
  const byType = new Map(
    (ctx.q.prepare(DRAFT_DOCUMENTS).all() as { type: string; count: bigint }[]).map((row) => [
      row.type,
      Number(row.count),
    ]),
  )
  const count = (sql: string) => Number((ctx.q.prepare(sql).get() as { count: bigint }).count)
  return {
    invoices: byType.get('invoice') ?? 0,
    creditNotes: byType.get('credit_note') ?? 0,
    bills: byType.get('bill') ?? 0,
    debitNotes: byType.get('debit_note') ?? 0,
    stockDocuments: count(DRAFT_STOCK),
    payRuns: count(WAITING_PAY_RUNS),
  }
}

// Each reads its table's date index backwards and stops at the tenth posted document.
const RECENT_TRADE = `
SELECT d.id, d.type AS kind, d.number, d.date, c.name AS contactName, d.base_gross AS amount,
  d.created_at AS createdAt
FROM document d JOIN contact c ON c.id = d.contact_id
WHERE d.type = ? AND d.date <= ? AND d.status = 'posted'
ORDER BY d.date DESC, d.created_at DESC LIMIT ${RECENT}`
const RECENT_STOCK = `
SELECT s.id, s.type AS kind, s.number, s.date, coalesce(c.name, '') AS contactName,
  NULL AS amount, s.created_at AS createdAt
FROM stock_document s LEFT JOIN contact c ON c.id = s.contact_id
WHERE s.date <= ? AND s.status = 'posted'
ORDER BY s.date DESC, s.created_at DESC LIMIT ${RECENT}`

/** The latest posted sales, purchase and stock documents, newest first, up to `today`. */
export function recentDocuments(ctx: CompanyContext, today: string): RecentDocument[] {
  type Row = RecentDocument & { createdAt: string }
  const trade = ctx.q.prepare(RECENT_TRADE)
  const rows: Row[] = [
    ...TRADE_TYPES.flatMap((type) => trade.all(type, today) as Row[]),
    ...(ctx.q.prepare(RECENT_STOCK).all(today) as Row[]),
  ]
  return rows
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
    .slice(0, RECENT)
    .map(({ createdAt: _createdAt, ...document }) => document)
}
