import type { DocumentType } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { newId } from '../ids'

/**
 * Open items, kept in the posting transaction, on one of two sides. Receivables: one per posted
 * invoice (positive, the customer owes it), credit note or payment (negative, the customer's
 * credit). Payables, the mirror: one per posted bill (positive, we owe it), debit note or supplier
 * payment (negative, the supplier's debit). Allocating a payment or note to an invoice or bill
 * settles both by the same amount, so a contact's open items always sum to what its documents put
 * on that side's control account. Each side has its own twin tables, `<side>_item` and
 * `<side>_settlement`; the side defaults to receivables.
 */
export type Side = 'receivable' | 'payable'

const itemTable = (side: Side) => `${side}_item` as const
const settlementTable = (side: Side) => `${side}_settlement` as const

/** The side a posted document's open item is kept on. */
export const sideOf = (type: DocumentType): Side =>
  type === 'bill' || type === 'debit_note' || type === 'purchase_order' ? 'payable' : 'receivable'

export interface NewItem {
  side?: Side
  contactId: string
  documentId?: string
  paymentId?: string
  date: string
  dueDate: string
  amount: bigint
}

export interface OpenItem {
  side: Side
  id: string
  contactId: string
  documentId: string | null
  paymentId: string | null
  date: string
  dueDate: string
  amount: bigint
  settled: bigint
}

export function addItem(ctx: CompanyContext, item: NewItem): string {
  const id = newId()
  ctx.q.run(
    ctx.db.insertInto(itemTable(item.side ?? 'receivable')).values({
      id,
      contact_id: item.contactId,
      document_id: item.documentId ?? null,
      payment_id: item.paymentId ?? null,
      date: item.date,
      due_date: item.dueDate,
      amount: item.amount,
      settled: 0n,
      closed_on: null,
    }),
  )
  return id
}

export function itemOf(
  ctx: CompanyContext,
  key: { documentId: string } | { paymentId: string },
  side: Side = 'receivable',
): OpenItem | undefined {
  const query = ctx.db.selectFrom(itemTable(side)).selectAll()
  const row = ctx.q.first(
    'documentId' in key
      ? query.where('document_id', '=', key.documentId)
      : query.where('payment_id', '=', key.paymentId),
  )
  return (
    row && {
      side,
      id: row.id,
      contactId: row.contact_id,
      documentId: row.document_id,
      paymentId: row.payment_id,
      date: row.date,
      dueDate: row.due_date,
      amount: row.amount,
      settled: row.settled,
    }
  )
}

export const outstanding = (item: OpenItem): bigint => item.amount - item.settled

/** Settles part of an item on `date`; `amount` has the item's sign. Closes it when fully settled. */
export function settle(
  ctx: CompanyContext,
  itemId: string,
  date: string,
  amount: bigint,
  side: Side = 'receivable',
): void {
  const settlements = settlementTable(side)
  const last = ctx.sqlite
    .prepare(`SELECT coalesce(max(seq), 0) AS seq FROM ${settlements} WHERE item_id = ?`)
    .get(itemId) as { seq: bigint }
  ctx.q.run(
    ctx.db.insertInto(settlements).values({ item_id: itemId, seq: last.seq + 1n, date, amount }),
  )
  // Closed on the latest settlement's date: the day from which nothing of it is open.
  ctx.sqlite
    .prepare(
      `UPDATE ${itemTable(side)} SET settled = settled + ?,
         closed_on = CASE WHEN settled + ? = amount
           THEN (SELECT max(date) FROM ${settlements} WHERE item_id = ${itemTable(side)}.id)
           ELSE NULL END
       WHERE id = ?`,
    )
    .run(amount, amount, itemId)
}

/**
 * Matches `amount` of an item owed (an invoice or bill) with one against it (a payment or a
 * credit or debit note) on the same side, dated the later of the two: before then one of them
 * did not exist yet.
 */
export function allocate(
  ctx: CompanyContext,
  debit: OpenItem,
  credit: OpenItem,
  amount: bigint,
): void {
  const date = debit.date > credit.date ? debit.date : credit.date
  settle(ctx, debit.id, date, amount, debit.side)
  settle(ctx, credit.id, date, -amount, debit.side)
}

/** What a contact owes now, or is owed on payables (negative when in credit), from its open items. */
export function contactBalance(
  ctx: CompanyContext,
  contactId: string,
  side: Side = 'receivable',
): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(amount - settled), 0) AS balance FROM ${itemTable(side)}
       WHERE contact_id = ? AND closed_on IS NULL`,
    )
    .get(contactId) as { balance: bigint }
  return row.balance
}

/** A contact's invoices (or bills, on payables) with something still owed, oldest due first. */
export function openInvoiceItems(
  ctx: CompanyContext,
  contactId: string,
  side: Side = 'receivable',
): OpenItem[] {
  return ctx.q
    .all(
      ctx.db
        .selectFrom(itemTable(side))
        .selectAll()
        .where('contact_id', '=', contactId)
        .where('closed_on', 'is', null)
        .where('amount', '>', 0n)
        .where('document_id', 'is not', null)
        .orderBy('due_date')
        .orderBy('date')
        .orderBy('id'),
    )
    .map((row) => ({
      side,
      id: row.id,
      contactId: row.contact_id,
      documentId: row.document_id,
      paymentId: row.payment_id,
      date: row.date,
      dueDate: row.due_date,
      amount: row.amount,
      settled: row.settled,
    }))
}
