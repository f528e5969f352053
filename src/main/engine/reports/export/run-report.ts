import { fiscalYearStartFor, today } from '../../../../shared/dates'
import type { ReportName, ReportParams } from '../../../../shared/domain/reports'
import { DaftarError } from '../../../../shared/errors'
import type { CompanyContext } from '../../company/company-context'
import { findAccountByCode } from '../../ledger/accounts'
import { balanceSheet } from '../balance-sheet'
import { generalLedger } from '../general-ledger'
import { profitAndLoss } from '../profit-and-loss'
import { trialBalance } from '../trial-balance'
import type { ReportByName } from './format-report'

/**
 * Runs a report by name with the CLI's parameters and their defaults: `asOf` and `to` today,
 * `from` the first day of the fiscal year that holds `to`.
 */
export function runReport<N extends ReportName>(
  ctx: CompanyContext,
  name: N,
  params: ReportParams = {},
): ReportByName[N] {
  const reports: { [K in ReportName]: () => ReportByName[K] } = {
    'trial-balance': () => trialBalance(ctx, params.asOf ?? today()),
    'balance-sheet': () => balanceSheet(ctx, params.asOf ?? today()),
    'profit-and-loss': () => profitAndLoss(ctx, period(ctx, params)),
    'general-ledger': () =>
      generalLedger(ctx, { ...period(ctx, params), accountId: accountIdFor(ctx, params) }),
  }
  return reports[name]()
}

function period(ctx: CompanyContext, params: ReportParams): { from: string; to: string } {
  const to = params.to ?? today()
  const from = params.from ?? fiscalYearStartFor(to, ctx.settings().fiscalYearStart)
  return { from, to }
}

function accountIdFor(ctx: CompanyContext, params: ReportParams): string | undefined {
  if (params.accountCode === undefined) return undefined
  const account = findAccountByCode(ctx, params.accountCode)
  if (!account) {
    throw new DaftarError('not-found', `There is no account with code ${params.accountCode}`, {
      field: 'account',
      what: 'Account',
      key: params.accountCode,
    })
  }
  return account.id
}
