import { daysInMonth } from '../../../../shared/dates'
import type { PayRun } from '../../../../shared/domain/payroll'
import { notFound, validationError } from '../../../../shared/errors'
import { toDecimalString } from '../../../../shared/money'
import type { CompanyContext } from '../../../engine/company/company-context'
import { findAccountByCode } from '../../../engine/ledger/accounts'
import { createPayRun, getPayRun, listPayRuns } from '../../../engine/payroll/pay-runs'
import { calculatePayRun } from '../../../engine/payroll/run-calculate'
import { payPayRun, postPayRun } from '../../../engine/payroll/run-posting'

export interface MonthRunOptions {
  period: string
  post: boolean
  pay: boolean
  account?: string
}

/**
 * The monthly run of a period, made (or the open one for that month reused), calculated, and
 * posted and paid when asked. Each step is its own transaction, so a refusal leaves the run at
 * the last step that succeeded, visible in the run list.
 */
export function runMonth(ctx: CompanyContext, options: MonthRunOptions): PayRun {
  const match = /^(\d{4})-(\d{2})$/.exec(options.period)
  const month = match ? Number(match[2]) : 0
  if (!match || month < 1 || month > 12)
    throw validationError('period', `--period ${options.period} is not a month (YYYY-MM)`)
  const bankAccountId =
    options.account === undefined ? undefined : accountIdOf(ctx, options.account)
  const periodStart = `${options.period}-01`
  const periodEnd = `${options.period}-${String(daysInMonth(Number(match[1]), month)).padStart(2, '0')}`
  const open = listPayRuns(ctx).find(
    (run) =>
      run.frequency === 'monthly' &&
      run.periodStart === periodStart &&
      run.periodEnd === periodEnd &&
      (run.status === 'draft' || run.status === 'calculated'),
  )
  const run =
    open ?? createPayRun(ctx, { frequency: 'monthly', periodStart, periodEnd, payDate: periodEnd })
  calculatePayRun(ctx, run.id)
  if (options.post || options.pay) postPayRun(ctx, run.id)
  if (options.pay) payPayRun(ctx, run.id, { bankAccountId })
  return getPayRun(ctx, run.id)
}

function accountIdOf(ctx: CompanyContext, code: string): string {
  const account = findAccountByCode(ctx, code)
  if (!account) throw notFound('Account', code)
  return account.id
}

export function describeRun(run: PayRun, decimals: number): string {
  const money = (value: bigint) => toDecimalString(value, decimals)
  return [
    `Pay run ${run.number} (${run.periodStart} to ${run.periodEnd}): ${run.status}`,
    `  id                      ${run.id}`,
    `  employees               ${run.totals.employees}`,
    `  gross                   ${money(run.totals.gross)}`,
    `  income tax              ${money(run.totals.incomeTax)}`,
    `  employee contributions  ${money(run.totals.employeeContributions)}`,
    `  employer contributions  ${money(run.totals.employerContributions)}`,
    `  net                     ${money(run.totals.net)}`,
    '',
  ].join('\n')
}
