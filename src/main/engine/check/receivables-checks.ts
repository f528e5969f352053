import { toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import { RECEIVABLES_CODE } from '../sales/sales-settings'
import type { ProblemList } from './problem-list'

/**
 * The receivables open items agree with the ledger: each item's settled part is the sum of its
 * settlements; each contact's open items equal what its documents and payments put on the
 * receivables control account; and the control account holds nothing else, so the ageing
 * always equals its balance.
 */
export function checkReceivables(ctx: CompanyContext, out: ProblemList): void {
  const money = (value: bigint) => toDecimalString(value, ctx.decimals)
  const control = ctx.sqlite
    .prepare('SELECT id FROM account WHERE code = ?')
    .get(RECEIVABLES_CODE) as { id: string } | undefined
  if (!control) return

  const drift = ctx.sqlite
    .prepare(
      `SELECT i.id, i.settled, coalesce(sum(s.amount), 0) AS sum FROM receivable_item i
       LEFT JOIN receivable_settlement s ON s.item_id = i.id
       GROUP BY i.id HAVING i.settled <> sum OR (i.closed_on IS NULL) <> (i.settled <> i.amount)`,
    )
    .all() as { id: string; settled: bigint; sum: bigint }[]
  out.addAll(
    drift,
    (row) =>
      `Receivable item ${row.id} records ${money(row.settled)} settled, its settlements ${money(row.sum)}`,
    'receivable items out of step with their settlements',
  )

  const contacts = ctx.sqlite
    .prepare(
      `WITH entries(contact_id, entry_id) AS (
         SELECT contact_id, journal_entry_id FROM document WHERE journal_entry_id IS NOT NULL
         UNION ALL SELECT contact_id, cancel_entry_id FROM document WHERE cancel_entry_id IS NOT NULL
         UNION ALL SELECT contact_id, journal_entry_id FROM payment),
       ledger AS (
         SELECT e.contact_id, sum(l.debit - l.credit) AS balance FROM entries e
         JOIN journal_line l ON l.entry_id = e.entry_id AND l.account_id = @control
         GROUP BY e.contact_id),
       items AS (
         SELECT contact_id, sum(amount - settled) AS balance FROM receivable_item GROUP BY contact_id)
       SELECT c.name, coalesce(ledger.balance, 0) AS ledger, coalesce(items.balance, 0) AS items
       FROM contact c LEFT JOIN ledger ON ledger.contact_id = c.id LEFT JOIN items ON items.contact_id = c.id
       WHERE coalesce(ledger.balance, 0) <> coalesce(items.balance, 0)`,
    )
    .all({ control: control.id }) as { name: string; ledger: bigint; items: bigint }[]
  out.addAll(
    contacts,
    (row) =>
      `${row.name} owes ${money(row.ledger)} on the receivables account, but its open items come to ${money(row.items)}`,
    'contacts whose receivables disagree with the ledger',
  )

  const totals = ctx.sqlite
    .prepare(
      `SELECT (SELECT coalesce(sum(debit - credit), 0) FROM account_balance_month WHERE account_id = ?) AS ledger,
         (SELECT coalesce(sum(amount - settled), 0) FROM receivable_item) AS items`,
    )
    .get(control.id) as { ledger: bigint; items: bigint }
  if (totals.ledger !== totals.items)
    out.problems.push(
      `The receivables account ${RECEIVABLES_CODE} holds ${money(totals.ledger)}, but open items come to ${money(totals.items)}: something other than sales documents posted to it`,
    )
}
