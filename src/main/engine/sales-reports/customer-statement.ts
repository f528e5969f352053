import type {
  CustomerStatement,
  StatementLine,
  StatementLineKind,
} from '../../../shared/domain/sales-reports'
import type { CompanyContext } from '../company/company-context'
import { assertRange, reportHeader } from '../reports/report-header'
import { receivablesAccountId } from '../sales/sales-settings'
import { resolveContact } from './contact-key'

/**
 * Everything that moved what a customer owes, each signed as it moves the receivable: invoices
 * (posted, and cancelled ones on their own date), their cancellations on the day they were
 * cancelled, credit notes and payments received. The same events, in base currency, that post
 * to the receivables account, so the closing equals the customer's share of that account: a credit
 * note or payment in a foreign currency takes off what its journal took off receivables (the
 * invoice's value at the invoice's rate; the rest was its exchange gain or loss). Each also keeps
 * its own currency and amount in it, shown beside the base amount when foreign.
 */
const EVENTS = `
  SELECT date, 'invoice' AS kind, 0 AS sort, number, due_date AS dueDate, base_gross AS amount,
      currency, gross AS currencyAmount
    FROM document WHERE contact_id = :contact AND type = 'invoice' AND status IN ('posted', 'cancelled')
  UNION ALL
  SELECT cancelled_on, 'cancellation', 3, number, NULL, -base_gross, currency, -gross
    FROM document WHERE contact_id = :contact AND type = 'invoice' AND status = 'cancelled'
  UNION ALL
  SELECT date, 'credit_note', 1, number, NULL, ${moved('d')}, currency, -gross
    FROM document d WHERE contact_id = :contact AND type = 'credit_note' AND status = 'posted'
  UNION ALL
  SELECT date, 'payment', 2, number, NULL, ${moved('p')}, currency, -amount
    FROM payment p WHERE contact_id = :contact AND direction = 'received'
  UNION ALL
  SELECT j.date, 'exchange_difference', 4, j.reference, NULL, ${moved('j', 'id')}, d.currency, 0
    FROM journal_entry j JOIN document d ON d.number = j.reference AND d.type = 'invoice'
    WHERE d.contact_id = :contact AND j.source = 'credit-applied'`

/** What an entry moved the receivables account by (:receivables), debit positive. */
function moved(alias: string, entryColumn = 'journal_entry_id'): string {
  return `(SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l
    WHERE l.entry_id = ${alias}.${entryColumn} AND l.account_id = :receivables)`
}

interface EventRow {
  date: string
  kind: StatementLineKind
  number: string
  dueDate: string | null
  amount: bigint
  currency: string
  currencyAmount: bigint
}

/** A customer's statement for a period: what they owed at its start, each movement, and the end. */
export function customerStatement(
  ctx: CompanyContext,
  query: { contact: string; from: string; to: string },
): CustomerStatement {
  assertRange(query.from, query.to)
  const contact = resolveContact(ctx, query.contact)
  const receivables = receivablesAccountId(ctx)
  const opening = ctx.sqlite
    .prepare(`SELECT coalesce(sum(amount), 0) AS total FROM (${EVENTS}) WHERE date < :from`)
    .get({ contact: contact.id, from: query.from, receivables }) as { total: bigint }
  const events = ctx.sqlite
    .prepare(
      `SELECT date, kind, number, dueDate, amount, currency, currencyAmount FROM (${EVENTS})
       WHERE date >= :from AND date <= :to ORDER BY date, sort, number`,
    )
    .all({ contact: contact.id, from: query.from, to: query.to, receivables }) as EventRow[]
  const base = ctx.settings().currency
  let balance = opening.total
  const lines: StatementLine[] = events.map((event) => {
    balance += event.amount
    return {
      date: event.date,
      kind: event.kind,
      number: event.number,
      dueDate: event.dueDate,
      charge: event.amount > 0n ? event.amount : 0n,
      credit: event.amount < 0n ? -event.amount : 0n,
      balance,
      ...(event.currency === base
        ? {}
        : { currency: event.currency, currencyAmount: event.currencyAmount }),
    }
  })
  return {
    ...reportHeader(ctx),
    contactId: contact.id,
    contactName: contact.name,
    from: query.from,
    to: query.to,
    opening: opening.total,
    lines,
    closing: balance,
  }
}
