import type { CashBalance } from '../../../shared/domain/dashboard'
import type { CompanyContext } from '../company/company-context'
import { balancesAsOf, net } from '../reports/account-balances'

/** The chart's heading over the cash and bank accounts (the standard chart's 1100). */
export const CASH_AND_BANK_CODE = '1100'

// The heading's postable accounts, however deep, found through the parent index.
const CASH_ACCOUNTS = `
WITH RECURSIVE under(id) AS (
  SELECT id FROM account WHERE code = ?
  UNION ALL SELECT a.id FROM account a JOIN under u ON a.parent_id = u.id)
SELECT a.id AS accountId, a.code, a.name, a.archived FROM account a JOIN under u ON u.id = a.id
WHERE NOT EXISTS (SELECT 1 FROM account k WHERE k.parent_id = a.id)
ORDER BY a.code`

/**
 * Each cash and bank account's balance at the end of `today` from the kept balances (as the
 * trial balance reads them); an archived account is shown only while it still holds money.
 */
export function cashBalances(
  ctx: CompanyContext,
  today: string,
): { accounts: CashBalance[]; total: bigint } {
  const rows = ctx.q.prepare(CASH_ACCOUNTS).all(CASH_AND_BANK_CODE) as (Omit<
    CashBalance,
    'balance'
  > & { archived: bigint })[]
  if (rows.length === 0) return { accounts: [], total: 0n }
  const balances = balancesAsOf(ctx, today)
  const accounts = rows
    .map((row) => ({
      accountId: row.accountId,
      code: row.code,
      name: row.name,
      balance: net(balances.get(row.accountId)),
      archived: row.archived,
    }))
    .filter((row) => row.archived === 0n || row.balance !== 0n)
    .map(({ archived: _archived, ...account }) => account)
  return { accounts, total: accounts.reduce((sum, account) => sum + account.balance, 0n) }
}
