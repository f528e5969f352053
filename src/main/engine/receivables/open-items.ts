import type { CompanyContext } from '../company/company-context'
import { newId } from '../ids'

/**
 * Receivables open items, kept in the posting transaction: one per posted invoice (positive,
 * the customer owes it), credit note or payment (negative, the customer's credit). Allocating a
 * payment or credit note to an invoice settles both by the same amount, so a contact's open items
 * always sum to what its documents put on the receivables control account.
 */
export interface NewItem {
  contactId: string
  documentId?: string
  paymentId?: string
  date: string
  dueDate: string
  amount: bigint
}

export interface OpenItem {
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
    ctx.db.insertInto('receivable_item').values({
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
): OpenItem | undefined {
  const query = ctx.db.selectFrom('receivable_item').selectAll()
  const row = ctx.q.first(
    'documentId' in key
      ? query.where('document_id', '=', key.documentId)
      : query.where('payment_id', '=', key.paymentId),
  )
  return (
    row && {
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
export function settle(ctx: CompanyContext, itemId: string, date: string, amount: bigint): void {
  const last = ctx.sqlite
    .prepare('SELECT coalesce(max(seq), 0) AS seq FROM receivable_settlement WHERE item_id = ?')
    .get(itemId) as { seq: bigint }
  ctx.q.run(
    ctx.db
      .insertInto('receivable_settlement')
      .values({ item_id: itemId, seq: last.seq + 1n, date, amount }),
  )
  // Closed on the latest settlement's date: the day from which nothing of it is open.
  ctx.sqlite
    .prepare(
      `UPDATE receivable_item SET settled = settled + ?,
         closed_on = CASE WHEN settled + ? = amount
           THEN (SELECT max(date) FROM receivable_settlement WHERE item_id = receivable_item.id)
           ELSE NULL END
       WHERE id = ?`,
    )
    .run(amount, amount, itemId)
}

/**
 * Matches `amount` of a debit item (an invoice) with a credit item (a payment or credit note),
 * dated the later of the two: before then one of them did not exist yet.
 */
export function allocate(
  ctx: CompanyContext,
  debit: OpenItem,
  credit: OpenItem,
  amount: bigint,
): void {
  const date = debit.date > credit.date ? debit.date : credit.date
  settle(ctx, debit.id, date, amount)
  settle(ctx, credit.id, date, -amount)
}

/** What a contact owes now (negative when it is in credit), from its open items. */
export function contactBalance(ctx: CompanyContext, contactId: string): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(amount - settled), 0) AS balance FROM receivable_item
       WHERE contact_id = ? AND closed_on IS NULL`,
    )
    .get(contactId) as { balance: bigint }
  return row.balance
}

/** A contact's invoices with something still owed, oldest due first. */
export function openInvoiceItems(ctx: CompanyContext, contactId: string): OpenItem[] {
  return ctx.q
    .all(
      ctx.db
        .selectFrom('receivable_item')
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
