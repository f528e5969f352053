import { addDays } from '../../../shared/dates'
import type {
  GeneralLedger,
  GeneralLedgerAccount,
  LedgerLineKey,
} from '../../../shared/domain/reports'
import { notFound } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { balancesAsOf, balancesBetween, net, type Totals } from './account-balances'
import { byCode, loadChart, type ChartAccount } from './chart-tree'
import { countLedgerLines, ledgerLines, type LinePage } from './general-ledger-lines'
import { seekLedgerLines, type LineSeek } from './general-ledger-seek'
import { assertRange, reportHeader } from './report-header'

export interface GeneralLedgerQuery {
  from: string
  to: string
  /** One account; every account with postings in the period when absent. */
  accountId?: string
  /** Each account's lines from this one on, in ledger order; from the first when absent. */
  offset?: number
  /** At most this many lines an account; every line when absent. */
  limit?: number
  /**
   * With `limit`: the lines after this one, read by the index from it (not by offset); from the
   * first line when null. Pages read by key (after, before, last) do not count the lines again.
   */
  after?: LedgerLineKey | null
  /** With `limit`: the lines before this one. */
  before?: LedgerLineKey
  /** With `limit`: the period's last lines (the End key). */
  last?: boolean
}

/**
 * Per account: the balance before `from`, each posted line from `from` to `to` with the running
 * balance (debits positive), and the closing balance. Opening balances and period totals come from
 * the kept totals; only the lines asked for are read.
 */
export function generalLedger(ctx: CompanyContext, query: GeneralLedgerQuery): GeneralLedger {
  const { from, to, accountId } = query
  assertRange(from, to)
  const chart = loadChart(ctx)
  const movements = balancesBetween(ctx, from, to)
  let accounts: ChartAccount[]
  if (accountId) {
    const account = chart.get(accountId)
    if (!account) throw notFound('Account', accountId)
    accounts = [account]
  } else {
    accounts = [...movements.keys()].map((id) => chart.get(id)!)
    accounts.sort(byCode)
  }
  const openings = balancesAsOf(ctx, addDays(from, -1))
  const page = pageOf(query)
  return {
    ...reportHeader(ctx),
    from,
    to,
    accounts: accounts.map((account) => {
      const opening = net(openings.get(account.id))
      const moved = movements.get(account.id) ?? { debit: 0n, credit: 0n }
      return ledgerAccount(ctx, account, { from, to, opening }, moved, page)
    }),
  }
}

function ledgerAccount(
  ctx: CompanyContext,
  account: ChartAccount,
  period: { from: string; to: string; opening: bigint },
  moved: Totals,
  page: LinePage | LineSeek | undefined,
): GeneralLedgerAccount {
  const counted = page !== undefined && 'offset' in page
  // The first page needs no running sum over what comes before it, so it too is read by key.
  const seek = counted && page.offset === 0 ? { after: null, limit: page.limit } : page
  const lines =
    seek && !('offset' in seek)
      ? seekLedgerLines(ctx, account.id, period, seek)
      : ledgerLines(ctx, account.id, period, seek)
  return {
    accountId: account.id,
    code: account.code,
    name: account.name,
    type: account.type,
    opening: period.opening,
    lines,
    // A page read by key comes after one that counted; counting again would cost it its speed.
    lineCount: counted ? countLedgerLines(ctx, account.id, period.from, period.to) : lines.length,
    totalDebit: moved.debit,
    totalCredit: moved.credit,
    closing: period.opening + moved.debit - moved.credit,
  }
}

/** How the query pages: by key (after, before, last), by offset, or not at all. */
function pageOf(query: GeneralLedgerQuery): LinePage | LineSeek | undefined {
  const { limit, after, before, last } = query
  if (limit === undefined) return undefined
  if (after !== undefined) return { after, limit }
  if (before) return { before, limit }
  if (last) return { before: null, limit }
  return { offset: query.offset ?? 0, limit }
}
