import { stringify } from 'csv-stringify/sync'
import type { PayRunReview } from '../../../shared/domain/payroll'
import { DaftarError } from '../../../shared/errors'
import { toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import { findRun, getPayRun } from './pay-runs'
import { listPayslips } from './payslips'

/** Every payslip of a run beside the employee's net pay in the last run, with both runs' totals. */
export function reviewPayRun(ctx: CompanyContext, runIdOrNumber: string): PayRunReview {
  const run = findRun(ctx, runIdOrNumber)
  const previousRow = ctx.q.first(
    ctx.db
      .selectFrom('payroll_run')
      .select('id')
      .where('frequency', '=', run.frequency)
      .where('status', 'in', ['posted', 'paid'])
      .where('period_end', '<', run.period_start)
      .orderBy('period_end', 'desc')
      .limit(1),
  )
  const previousNet = new Map<string, bigint>()
  if (previousRow)
    for (const row of ctx.q.all(
      ctx.db
        .selectFrom('payroll_payslip')
        .select(['employee_id', 'net'])
        .where('run_id', '=', previousRow.id),
    ))
      previousNet.set(row.employee_id, row.net)
  return {
    run: getPayRun(ctx, run.id),
    previous: previousRow ? getPayRun(ctx, previousRow.id) : null,
    payslips: listPayslips(ctx, run.id).map((payslip) => ({
      ...payslip,
      previousNet: previousNet.get(payslip.employeeId) ?? null,
    })),
  }
}

/** The bank transfer file of a posted or paid run: one row per employee with net pay to send. */
export function bankTransferCsv(ctx: CompanyContext, runIdOrNumber: string): string {
  const run = findRun(ctx, runIdOrNumber)
  if (run.status !== 'posted' && run.status !== 'paid')
    throw new DaftarError(
      'validation',
      `Pay run ${run.number} is ${run.status}: post it before paying it`,
      { id: run.id },
    )
  const decimals = ctx.decimals
  const rows = ctx.q.all(
    ctx.db
      .selectFrom('payroll_payslip as p')
      .innerJoin('payroll_employee as e', 'e.id', 'p.employee_id')
      .select(['e.code', 'e.name', 'e.bank_name', 'e.bank_account', 'p.net'])
      .where('p.run_id', '=', run.id)
      .where('p.net', '>', 0n)
      .orderBy('e.code'),
  )
  const missing = rows.find((row) => !row.bank_account.trim())
  if (missing)
    throw new DaftarError('validation', `Employee ${missing.code} has no bank account`, {
      field: 'bankAccount',
      employee: missing.code,
    })
  return stringify([
    ['employee', 'name', 'bank', 'account', 'amount', 'currency', 'reference'],
    ...rows.map((row) => [
      row.code,
      row.name,
      row.bank_name,
      row.bank_account,
      toDecimalString(row.net, decimals),
      ctx.settings().currency,
      `${run.number} ${run.period_end}`,
    ]),
  ])
}
