import { toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import { STOCK_ACCOUNT_CODES } from '../inventory/stock-accounts'
import { quantityText } from '../sales/orders'
import type { ProblemList } from './problem-list'

const LEDGER_AND_MOVES = `SELECT
    (SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l
      JOIN journal_entry e ON e.id = l.entry_id AND e.status = 'posted'
      JOIN account a ON a.id = l.account_id WHERE a.code = ?) AS ledger,
    (SELECT coalesce(sum(value), 0) FROM stock_move) AS moves,
    EXISTS (SELECT 1 FROM account WHERE code = ?) AS has_account`

const ON_HAND_MISMATCH = `WITH moved AS (
    SELECT product_id, warehouse_id, coalesce(bin_id, '') AS bin_id, coalesce(lot_id, '') AS lot_id,
      sum(quantity) AS quantity
    FROM stock_move GROUP BY 1, 2, 3, 4),
  places AS (
    SELECT product_id, warehouse_id, bin_id, lot_id FROM moved
    UNION SELECT product_id, warehouse_id, bin_id, lot_id FROM stock_on_hand)
  SELECT p.code, w.code AS warehouse, coalesce(h.quantity, 0) AS held, coalesce(m.quantity, 0) AS moved
  FROM places x
  JOIN product p ON p.id = x.product_id JOIN warehouse w ON w.id = x.warehouse_id
  LEFT JOIN stock_on_hand h ON h.product_id = x.product_id AND h.warehouse_id = x.warehouse_id
    AND h.bin_id = x.bin_id AND h.lot_id = x.lot_id
  LEFT JOIN moved m ON m.product_id = x.product_id AND m.warehouse_id = x.warehouse_id
    AND m.bin_id = x.bin_id AND m.lot_id = x.lot_id
  WHERE coalesce(h.quantity, 0) <> coalesce(m.quantity, 0)
  ORDER BY p.code, w.code`

const ITEM_DAY_MISMATCH = `WITH daily AS (
    SELECT product_id, date AS day, sum(quantity) AS quantity, sum(value) AS value
    FROM stock_move GROUP BY 1, 2),
  running AS (
    SELECT product_id, day,
      sum(quantity) OVER (PARTITION BY product_id ORDER BY day) AS quantity,
      sum(value) OVER (PARTITION BY product_id ORDER BY day) AS value
    FROM daily),
  days AS (SELECT product_id, day FROM running UNION SELECT product_id, day FROM stock_item_day)
  SELECT p.code, x.day FROM days x JOIN product p ON p.id = x.product_id
  LEFT JOIN running r ON r.product_id = x.product_id AND r.day = x.day
  LEFT JOIN stock_item_day d ON d.product_id = x.product_id AND d.day = x.day
  WHERE r.quantity IS NOT d.quantity OR r.value IS NOT d.value
  ORDER BY p.code, x.day`

const WAREHOUSE_DAY_MISMATCH = `WITH daily AS (
    SELECT product_id, warehouse_id, date AS day, sum(quantity) AS quantity
    FROM stock_move GROUP BY 1, 2, 3),
  running AS (
    SELECT product_id, warehouse_id, day,
      sum(quantity) OVER (PARTITION BY product_id, warehouse_id ORDER BY day) AS quantity
    FROM daily),
  days AS (
    SELECT product_id, warehouse_id, day FROM running
    UNION SELECT product_id, warehouse_id, day FROM stock_warehouse_day)
  SELECT p.code, w.code AS warehouse, x.day
  FROM days x JOIN product p ON p.id = x.product_id JOIN warehouse w ON w.id = x.warehouse_id
  LEFT JOIN running r ON r.product_id = x.product_id AND r.warehouse_id = x.warehouse_id
    AND r.day = x.day
  LEFT JOIN stock_warehouse_day d ON d.product_id = x.product_id
    AND d.warehouse_id = x.warehouse_id AND d.day = x.day
  WHERE r.quantity IS NOT d.quantity
  ORDER BY p.code, w.code, x.day`

/**
 * The stock ledger agrees with itself and with the books: on hand in each place is the sum of
 * its moves; the per-day figures are the running sums of the moves; and, once the company uses
 * stock documents, the inventory account's balance is the value of all moves. (A company that
 * has never moved stock may still hold an inventory balance from before stock was kept.)
 */
export function checkInventory(ctx: CompanyContext, out: ProblemList): void {
  const code = STOCK_ACCOUNT_CODES.inventory
  const totals = ctx.sqlite.prepare(LEDGER_AND_MOVES).get(code, code) as {
    ledger: bigint
    moves: bigint
    has_account: bigint
  }
  const anyMove = ctx.sqlite.prepare('SELECT 1 FROM stock_move LIMIT 1').get() !== undefined
  const money = (value: bigint) => toDecimalString(value, ctx.decimals)
  if (anyMove && totals.has_account === 1n && totals.ledger !== totals.moves)
    out.problems.push(
      `The inventory account ${code} holds ${money(totals.ledger)}, but the stock moves are worth ${money(totals.moves)}`,
    )
  const onHand = ctx.sqlite.prepare(ON_HAND_MISMATCH).all() as {
    code: string
    warehouse: string
    held: bigint
    moved: bigint
  }[]
  out.addAll(
    onHand,
    (row) =>
      `${row.code} in ${row.warehouse}: on hand says ${quantityText(row.held)}, its moves add up to ${quantityText(row.moved)}`,
    'on-hand mismatches',
  )
  const itemDays = ctx.sqlite.prepare(ITEM_DAY_MISMATCH).all() as { code: string; day: string }[]
  out.addAll(
    itemDays,
    (row) => `${row.code}: the stock figures for ${row.day} differ from its moves up to that day`,
    'item day mismatches',
  )
  const warehouseDays = ctx.sqlite.prepare(WAREHOUSE_DAY_MISMATCH).all() as {
    code: string
    warehouse: string
    day: string
  }[]
  out.addAll(
    warehouseDays,
    (row) =>
      `${row.code} in ${row.warehouse}: the quantity for ${row.day} differs from its moves up to that day`,
    'warehouse day mismatches',
  )
}
