import type { AccountType } from '../../../shared/domain/ledger'
import type { StatementRow, StatementSection } from '../../../shared/domain/reports'
import type { BalanceMap } from './account-balances'
import { byTreeOrder, type Chart, type ChartAccount } from './chart-tree'

/** Credit-normal sections (income, liabilities, equity) show credits as positive amounts. */
export function naturalAmount(type: AccountType, debit: bigint, credit: bigint): bigint {
  return type === 'asset' || type === 'expense' ? debit - credit : credit - debit
}

/**
 * One section of a statement: the accounts of `type` with an amount in the period (or in the
 * comparison period), under their parents of the same type, in the chart's tree order.
 */
export function statementSection(
  chart: Chart,
  type: AccountType,
  current: BalanceMap,
  previous?: BalanceMap,
): StatementSection {
  const amountIn = (balances: BalanceMap, account: ChartAccount) => {
    const totals = balances.get(account.id)
    return totals ? naturalAmount(type, totals.debit, totals.credit) : 0n
  }
  const shown = new Set<ChartAccount>()
  for (const account of chart.values()) {
    if (account.type !== type) continue
    const hasAmount =
      amountIn(current, account) !== 0n || (previous && amountIn(previous, account) !== 0n)
    if (hasAmount) shown.add(account)
  }
  const headings = new Set<ChartAccount>()
  for (const account of shown) {
    let parent = account.parentId ? chart.get(account.parentId) : undefined
    while (parent && parent.type === type && !shown.has(parent) && !headings.has(parent)) {
      headings.add(parent)
      parent = parent.parentId ? chart.get(parent.parentId) : undefined
    }
  }
  const rows = [...shown, ...headings].sort(byTreeOrder).map((account): StatementRow => {
    const row: StatementRow = {
      accountId: account.id,
      code: account.code,
      name: account.name,
      depth: account.depth,
      amount: amountIn(current, account),
    }
    if (previous) row.previous = amountIn(previous, account)
    if (headings.has(account)) row.heading = true
    return row
  })
  const section: StatementSection = { type, rows, total: sum(rows, (row) => row.amount) }
  if (previous) section.previousTotal = sum(rows, (row) => row.previous ?? 0n)
  return section
}

function sum(rows: StatementRow[], amount: (row: StatementRow) => bigint): bigint {
  let total = 0n
  for (const row of rows) total += amount(row)
  return total
}
