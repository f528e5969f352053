import { sql } from 'kysely'
import type { DocumentType } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import type { ReceivableItemTable } from '../db/sales-schema'
import { divideHalfUp } from '../../../shared/money/tax-math'

/**
 * Open items, kept in the posting transaction, on one of two sides. Receivables: one per posted
 * invoice (positive, the customer owes it), credit note or payment (negative, the customer's
 * credit). Payables, the mirror: one per posted bill (positive, we owe it), debit note or supplier
 * payment (negative, the supplier's debit). Allocating a payment or note to an invoice or bill
 * settles both by the same amount, so a contact's open items always sum to what its documents put
 * on that side's control account. Each side has its own twin tables, `<side>_item` and
 * `<side>_settlement`; the side defaults to receivables.
 *
 * Items are kept in both currencies: `amount` and `settled` in the company's base currency (what
 * the control account and the ageing hold), `docAmount` and `docSettled` in the document's own.
 * Allocations are made in the document's currency; the base part they settle is the same share of
 * the item's base amount (the rest, exactly, when the item closes), so a foreign item closes in
 * both currencies at once.
 */
export type Side = 'receivable' | 'payable'

const itemTable = (side: Side) => `${side}_item` as const
const settlementTable = (side: Side) => `${side}_settlement` as const

/** The side a posted document's open item is kept on. */
export const sideOf = (type: DocumentType): Side =>
  type === 'bill' || type === 'debit_note' || type === 'purchase_order' ? 'payable' : 'receivable'

/** An item stands for one posted document or one payment, whose id it takes. */
export type NewItem = ItemDetails &
  ({ documentId: string; paymentId?: undefined } | { paymentId: string; documentId?: undefined })

interface ItemDetails {
  side?: Side
  contactId: string
  date: string
  dueDate: string
  amount: bigint
  /** The document's currency and its amount in it; the base currency and `amount` if absent. */
  currency?: string
  docAmount?: bigint
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
  /** Null on items in the base currency from before multi-currency. */
  currency: string | null
  docAmount: bigint
  docSettled: bigint
}

/** A receivable or payable item as `SELECT *` reads it (both tables have these columns). */
type ItemRow = ReceivableItemTable

const toItem = (side: Side, row: ItemRow): OpenItem => ({
  side,
  id: row.id,
  contactId: row.contact_id,
  documentId: row.document_id,
  paymentId: row.payment_id,
  date: row.date,
  dueDate: row.due_date,
  amount: row.amount,
  settled: row.settled,
  currency: row.currency,
  docAmount: row.doc_amount ?? row.amount,
  docSettled: row.doc_amount === null ? row.settled : row.doc_settled,
})

// Raw statements, prepared once per side: every posted document and payment writes and reads here.
const INSERT_ITEM = (side: Side) => `INSERT INTO ${itemTable(side)}
  (id, contact_id, document_id, payment_id, date, due_date, amount, settled, closed_on, currency,
   doc_amount, doc_settled)
  VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, 0)`
// An item is keyed by its document's or payment's id (migration 0011).
const ITEM_OF_DOCUMENT = (side: Side) =>
  `SELECT * FROM ${itemTable(side)} WHERE id = ? AND document_id IS NOT NULL`
const ITEM_OF_PAYMENT = (side: Side) =>
  `SELECT * FROM ${itemTable(side)} WHERE id = ? AND payment_id IS NOT NULL`
/**
 * Items open now, written as the open-item index's first column so every read of open items goes
 * through that index (in due-date order; a contact's are kept from it without reading the table);
 * `alias` names the item table in a join.
 */
export const openNow = (alias?: string): string =>
  `coalesce(${alias ? `${alias}.` : ''}closed_on, '9999-12-31') = '9999-12-31'`

/** Adds the open item of a posted document or payment; its id is theirs. */
export function addItem(ctx: CompanyContext, item: NewItem): string {
  const id = item.documentId ?? item.paymentId
  ctx.q
    .prepare(INSERT_ITEM(item.side ?? 'receivable'))
    .run(
      id,
      item.contactId,
      item.documentId ?? null,
      item.paymentId ?? null,
      item.date,
      item.dueDate,
      item.amount,
      item.currency ?? null,
      item.docAmount ?? item.amount,
    )
  return id
}

export function itemOf(
  ctx: CompanyContext,
  key: { documentId: string } | { paymentId: string },
  side: Side = 'receivable',
): OpenItem | undefined {
  const row = (
    'documentId' in key
      ? ctx.q.prepare(ITEM_OF_DOCUMENT(side)).get(key.documentId)
      : ctx.q.prepare(ITEM_OF_PAYMENT(side)).get(key.paymentId)
  ) as ItemRow | undefined
  return row && toItem(side, row)
}

/** What is left of an item in its document's currency. */
export const outstanding = (item: OpenItem): bigint => item.docAmount - item.docSettled

/**
 * The base-currency part settled by settling `docPart` more of an item (in its currency, with the
 * item's sign): its share of the base amount, rounded half up on the running total so parts never
 * drift, and exactly the rest when the item closes. While anything is left in the document's
 * currency, at least one base minor unit stays open too, so the item closes in both at once.
 */
export function baseShare(item: OpenItem, docPart: bigint): bigint {
  const after = item.docSettled + docPart
  if (after === item.docAmount) return item.amount - item.settled
  const sign = item.amount < 0n ? -1n : 1n
  // amount, after and docAmount share the item's sign: divide magnitudes, give the sign back.
  let target = sign * divideHalfUp(item.amount * after, item.docAmount * sign)
  if (target * sign >= item.amount * sign) target = item.amount - sign
  return target - item.settled
}

/** The item as it stands after settling `docPart` more of it. */
export const afterSettling = (item: OpenItem, docPart: bigint): OpenItem => ({
  ...item,
  settled: item.settled + baseShare(item, docPart),
  docSettled: item.docSettled + docPart,
})

/**
 * Settles `docPart` of an item (in its currency, with its sign) on `date`, and the base part that
 * goes with it; closes it when nothing is left. Returns the base part.
 */
export function settle(ctx: CompanyContext, item: OpenItem, date: string, docPart: bigint): bigint {
  const amount = baseShare(item, docPart)
  const settlements = settlementTable(item.side)
  const items = itemTable(item.side)
  // A tiny part of a finely divided currency can be worth nothing in base: no base settlement.
  if (amount !== 0n) {
    ctx.q
      .prepare(
        `INSERT INTO ${settlements} (item_id, seq, date, amount, doc_amount)
         VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM ${settlements} WHERE item_id = ?), ?, ?, ?)`,
      )
      .run(item.id, item.id, date, amount, docPart)
  }
  // Closed on the latest settlement's date: the day from which nothing of it is open.
  ctx.q
    .prepare(
      `UPDATE ${items} SET settled = settled + ?,
         doc_settled = coalesce(doc_amount, amount) - ?,
         closed_on = CASE WHEN settled + ? = amount
           THEN (SELECT max(date) FROM ${settlements} WHERE item_id = ${items}.id)
           ELSE NULL END
       WHERE id = ?`,
    )
    .run(amount, item.docAmount - item.docSettled - docPart, amount, item.id)
  return amount
}

/**
 * Matches `amount` (in the items' currency) of an item owed (an invoice or bill) with one against
 * it (a payment or a credit or debit note) on the same side, dated the later of the two: before
 * then one of them did not exist yet. Returns the exchange difference in base currency: what the
 * owed item's base part exceeds the other's by (zero when both are at one rate); the entry that
 * allocates posts it so the control account keeps equal to the open items.
 */
export function allocate(
  ctx: CompanyContext,
  debit: OpenItem,
  credit: OpenItem,
  amount: bigint,
): bigint {
  const date = debit.date > credit.date ? debit.date : credit.date
  return settle(ctx, debit, date, amount) + settle(ctx, credit, date, -amount)
}

/** What a contact owes now, or is owed on payables (negative when in credit), from its open items. */
export function contactBalance(
  ctx: CompanyContext,
  contactId: string,
  side: Side = 'receivable',
): bigint {
  const row = ctx.q
    .prepare(
      `SELECT coalesce(sum(amount - settled), 0) AS balance FROM ${itemTable(side)}
       WHERE ${openNow()} AND contact_id = ?`,
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
        .where(sql.raw<boolean>(openNow()))
        .where('contact_id', '=', contactId)
        .where('amount', '>', 0n)
        .where('document_id', 'is not', null)
        .orderBy('due_date')
        .orderBy('date')
        .orderBy('id'),
    )
    .map((row) => toItem(side, row))
}
