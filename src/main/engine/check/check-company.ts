import type { CompanyContext } from '../company/company-context'
import { checkDatabase } from './database-checks'
import { checkInventory } from './inventory-checks'
import { checkBalances, checkChangeLog, checkEntries } from './ledger-checks'
import { ProblemList } from './problem-list'
import { checkPayables } from './payables-checks'
import { checkReceivables } from './receivables-checks'

export interface CheckResult {
  ok: boolean
  /** One sentence per breach, for people; empty when `ok`. */
  problems: string[]
}

/**
 * Checks a company file end to end: SQLite's integrity and references, the database's guards,
 * and the ledger's invariants (balanced entries with lines, kept balances equal to the posted
 * lines, nothing posted into a locked period, every posting in the change log). Reads only.
 */
export function checkCompany(ctx: CompanyContext): CheckResult {
  const out = new ProblemList()
  checkDatabase(ctx, out)
  checkEntries(ctx, out)
  checkBalances(ctx, out)
  checkChangeLog(ctx, out)
  checkReceivables(ctx, out)
  checkPayables(ctx, out)
  checkInventory(ctx, out)
  return { ok: out.problems.length === 0, problems: out.problems }
}
