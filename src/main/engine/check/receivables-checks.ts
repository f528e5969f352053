import { toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import type { Side } from '../receivables/open-items'
import { RECEIVABLES_CODE } from '../sales/sales-settings'
import type { ProblemList } from './problem-list'

/** One side's open items and the control account they mirror. */
export interface OpenItemSide {
  side: Side
  controlCode: string
  /** The ledger amount that counts as owed: debit - credit on receivables, the reverse on payables. */
  owed: 'l.debit - l.credit' | 'l.credit - l.debit'
  /** Words for people: "owes 10.00 on the receivables account". */
  owesOn: (name: string, amount: string) => string
}

const RECEIVABLES: OpenItemSide = {
  side: 'receivable',
  controlCode: RECEIVABLES_CODE,
  owed: 'l.debit - l.credit',
  owesOn: (name, amount) => `${name} owes ${amount} on the receivables account`,
}

/**
 * The receivables open items agree with the ledger: each item's settled part is the sum of its
 * settlements; each contact's open items equal what its documents and payments put on the
 * receivables control account; and the control account holds nothing else, so the ageing
 * always equals its balance.
 */
export function checkReceivables(ctx: CompanyContext, out: ProblemList): void {
  checkOpenItems(ctx, out, RECEIVABLES)
}

/** The checks of `checkReceivables`, for either side's open items and control account. */
export function checkOpenItems(ctx: CompanyContext, out: ProblemList, spec: OpenItemSide): void {
  const money = (value: bigint) => toDecimalString(value, ctx.decimals)
  const { side, controlCode } = spec
  const label = side === 'receivable' ? 'Receivable' : 'Payable'
  const account = `${side}s`
  const control = ctx.sqlite.prepare('SELECT id FROM account WHERE code = ?').get(controlCode) as
    { id: string } | undefined
  if (!control) return

  const drift = ctx.sqlite
    .prepare(
      `SELECT i.id, i.settled, coalesce(sum(s.amount), 0) AS sum FROM ${side}_item i
       LEFT JOIN ${side}_settlement s ON s.item_id = i.id
       GROUP BY i.id HAVING i.settled <> sum OR (i.closed_on IS NULL) <> (i.settled <> i.amount)`,
    )
    .all() as { id: string; settled: bigint; sum: bigint }[]
  out.addAll(
    drift,
    (row) =>
      `${label} item ${row.id} records ${money(row.settled)} settled, its settlements ${money(row.sum)}`,
    `${side} items out of step with their settlements`,
  )

  const contacts = ctx.sqlite
    .prepare(
      `WITH entries(contact_id, entry_id) AS (
         SELECT contact_id, journal_entry_id FROM document WHERE journal_entry_id IS NOT NULL
         UNION ALL SELECT contact_id, cancel_entry_id FROM document WHERE cancel_entry_id IS NOT NULL
         UNION ALL SELECT contact_id, journal_entry_id FROM payment
         -- credit used on an invoice (bill) at another rate: its exchange difference, by its number
         UNION ALL SELECT d.contact_id, j.id FROM journal_entry j
           JOIN document d ON d.number = j.reference AND d.type IN ('invoice', 'bill')
           WHERE j.source = 'credit-applied'),
       ledger AS (
         SELECT e.contact_id, sum(${spec.owed}) AS balance FROM entries e
         JOIN journal_line l ON l.entry_id = e.entry_id AND l.account_id = @control
         GROUP BY e.contact_id),
       items AS (
         SELECT contact_id, sum(amount - settled) AS balance FROM ${side}_item GROUP BY contact_id)
       SELECT c.name, coalesce(ledger.balance, 0) AS ledger, coalesce(items.balance, 0) AS items
       FROM contact c LEFT JOIN ledger ON ledger.contact_id = c.id LEFT JOIN items ON items.contact_id = c.id
       WHERE coalesce(ledger.balance, 0) <> coalesce(items.balance, 0)`,
    )
    .all({ control: control.id }) as { name: string; ledger: bigint; items: bigint }[]
  out.addAll(
    contacts,
    (row) =>
      `${spec.owesOn(row.name, money(row.ledger))}, but its open items come to ${money(row.items)}`,
    `contacts whose ${account} disagree with the ledger`,
  )

  const totals = ctx.sqlite
    .prepare(
      `SELECT (SELECT coalesce(sum(${spec.owed}), 0) FROM account_balance_month l WHERE account_id = ?) AS ledger,
         (SELECT coalesce(sum(amount - settled), 0) FROM ${side}_item) AS items`,
    )
    .get(control.id) as { ledger: bigint; items: bigint }
  if (totals.ledger !== totals.items)
    out.problems.push(
      `The ${account} account ${controlCode} holds ${money(totals.ledger)}, but open items come to ${money(totals.items)}: something other than ${side === 'receivable' ? 'sales' : 'purchase'} documents posted to it`,
    )
}
