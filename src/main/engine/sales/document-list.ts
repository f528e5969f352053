import { today } from '../../../shared/dates'
import type {
  DocumentListPage,
  DocumentListQuery,
  DocumentListRow,
  DocumentListStatus,
} from '../../../shared/domain/document-list'
import type { DocumentType } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { assertDate } from '../reports/report-header'
import { openNow, sideOf } from '../receivables/open-items'

// What is still owed on a posted document, in base currency (0 while a draft or without an item).
const BASE_OPEN = `CASE WHEN d.status = 'posted' THEN coalesce(i.amount - i.settled, 0) ELSE 0 END`

const STATUS_WHERE: Record<DocumentListStatus, string> = {
  draft: `d.status = 'draft'`,
  cancelled: `d.status = 'cancelled'`,
  posted: `d.status = 'posted'`,
  paid: `d.status = 'posted' AND ${BASE_OPEN} = 0`,
  open: `d.status = 'posted' AND ${BASE_OPEN} <> 0`,
  overdue: `d.status = 'posted' AND ${BASE_OPEN} <> 0 AND d.due_date < :asOf`,
}

/** A row as the statement reads it: the document, and its open item's raw figures. */
type ListRow = Omit<DocumentListRow, 'outstanding' | 'baseOutstanding'> & {
  itemAmount: bigint | null
  docOpen: bigint | null
  baseOpen: bigint
}

/**
 * The documents of `type` that match `query`, newest first, with their count and totals in base
 * currency. One statement, through the document's (type, date) or (contact, date) index and each
 * one's open item by its document index: no lines are read, however many the documents hold.
 */
export function findDocuments(
  ctx: CompanyContext,
  type: DocumentType,
  query: DocumentListQuery,
): DocumentListPage {
  const { sql, params } = documentListStatement(type, query)
  const rows = (ctx.q.prepare(sql).all(params) as ListRow[]).map(toListRow)
  return {
    rows,
    count: rows.length,
    baseGross: rows.reduce((sum, row) => sum + (row.baseGross ?? 0n), 0n),
    baseDue: rows.reduce((sum, row) => sum + row.baseOutstanding, 0n),
    baseCredit: openCredit(ctx, type, query),
  }
}

/**
 * Payments and notes not yet set against a document, in base currency (negative), beside an
 * unpaid or overdue list: what the ageing nets against the same documents. Only when the list is
 * narrowed by standing and contact alone, for only then are they the ageing's figures.
 */
function openCredit(ctx: CompanyContext, type: DocumentType, query: DocumentListQuery): bigint {
  const { status, from, to, search, contactId } = query
  if ((status !== 'open' && status !== 'overdue') || from || to || search?.trim()) return 0n
  if (type !== 'invoice' && type !== 'bill') return 0n
  const where = [openNow('i'), 'i.amount < 0']
  if (contactId) where.push('i.contact_id = :contactId')
  if (status === 'overdue') where.push('i.due_date < :asOf')
  else if (query.dueBy) where.push('i.due_date <= :dueBy')
  const sql = `SELECT coalesce(sum(i.amount - i.settled), 0) AS credit
    FROM ${sideOf(type)}_item i WHERE ${where.join(' AND ')}`
  const all = { contactId, asOf: query.asOf ?? today(), dueBy: query.dueBy }
  return (ctx.q.prepare(sql).get(usedParams(sql, all)) as { credit: bigint }).credit
}

// better-sqlite3 refuses a named parameter the statement does not use.
const usedParams = (sql: string, all: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(all).filter(([name]) => sql.includes(`:${name}`)))

/** The one statement a list runs and its named parameters (tests read its query plan). */
export function documentListStatement(type: DocumentType, query: DocumentListQuery) {
  for (const field of ['from', 'to', 'dueBy', 'asOf'] as const)
    if (query[field] !== undefined) assertDate(field, query[field])
  const where = ['d.type = :type']
  if (query.contactId) where.push('d.contact_id = :contactId')
  if (query.from) where.push('d.date >= :from')
  if (query.to) where.push('d.date <= :to')
  if (query.dueBy) where.push('d.due_date <= :dueBy')
  if (query.status) where.push(STATUS_WHERE[query.status])
  if (query.status === 'open' || query.status === 'overdue')
    where.push(openSince(type, Boolean(query.contactId)))
  const search = query.search?.trim()
  if (search)
    where.push(`(d.number LIKE :search ESCAPE '\\' OR c.name LIKE :search ESCAPE '\\'
      OR d.reference LIKE :search ESCAPE '\\')`)
  const sql = `SELECT d.id, d.type, d.number, d.contact_id AS contactId, c.name AS contactName,
      d.date, d.due_date AS dueDate, d.currency, d.rate, d.base_gross AS baseGross, d.status,
      d.source_document_id AS sourceDocumentId, d.journal_entry_id AS journalEntryId,
      d.cancel_entry_id AS cancelEntryId, d.reference, d.memo, d.net, d.tax, d.gross,
      i.amount AS itemAmount, coalesce(i.doc_amount, i.amount) - coalesce(i.doc_settled, i.settled)
        AS docOpen, ${BASE_OPEN} AS baseOpen
    FROM document d JOIN contact c ON c.id = d.contact_id
      LEFT JOIN ${sideOf(type)}_item i ON i.id = d.id
    WHERE ${where.join(' AND ')}
    ORDER BY d.date DESC, d.id DESC`
  const all = {
    type,
    contactId: query.contactId,
    from: query.from,
    to: query.to,
    dueBy: query.dueBy,
    asOf: query.asOf ?? today(),
    search: search && `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
  }
  return { sql, params: usedParams(sql, all) }
}

/**
 * An open document is dated no earlier than the oldest open item of a document (an item carries
 * its document's date), found through the open-item index: the date index is then read from
 * there, so a paid-off history is not read. One old unpaid document still widens it to there.
 */
function openSince(type: DocumentType, byContact: boolean): string {
  const contact = byContact ? ' AND o.contact_id = :contactId' : ''
  return `d.date >= (SELECT coalesce(min(o.date), '9999-12-31') FROM ${sideOf(type)}_item o
    WHERE ${openNow('o')}${contact}
      AND o.document_id IS NOT NULL)`
}

/** A credit or debit note's item is negative: its list shows the credit left as a positive. */
function toListRow({ itemAmount, docOpen, baseOpen, ...row }: ListRow): DocumentListRow {
  const sign = itemAmount !== null && itemAmount < 0n ? -1n : 1n
  return {
    ...row,
    outstanding: sign * (docOpen ?? 0n),
    baseOutstanding: sign * baseOpen,
  }
}
