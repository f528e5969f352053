import type { EntryLineInput } from '../../../shared/domain/ledger'
import type { PayRun } from '../../../shared/domain/payroll'
import { DaftarError, validationError } from '../../../shared/errors'
import { isIsoDate } from '../../../shared/dates'
import type { CompanyContext } from '../company/company-context'
import { assertValidEntry, reverseEntry } from '../ledger/journal'
import { writePostedEntries } from '../ledger/posting'
import { findRun, getPayRun, runTotals, setRunStatus } from './pay-runs'
import { payrollSettings } from './payroll-setup'

/** Adds signed amounts per account: positive is a debit, negative a credit. */
class Lines {
  private readonly byAccount = new Map<string, { amount: bigint; memo: string }>()
  add(accountId: string, amount: bigint, memo: string): void {
    const line = this.byAccount.get(accountId)
    if (line) line.amount += amount
    else this.byAccount.set(accountId, { amount, memo })
  }
  toEntryLines(): EntryLineInput[] {
    return [...this.byAccount]
      .filter(([, line]) => line.amount !== 0n)
      .map(([accountId, { amount, memo }]) => ({
        accountId,
        debit: amount > 0n ? amount : 0n,
        credit: amount < 0n ? -amount : 0n,
        memo,
      }))
  }
}

/**
 * Posts a calculated run: salary expense by department, employer contributions, and what is now
 * owed: net pay, income tax, social insurance (both shares), other deductions to their accounts.
 * The entry, the run's status and the change log are written in one transaction.
 */
export function postPayRun(ctx: CompanyContext, runIdOrNumber: string, date?: string): PayRun {
  return ctx.transaction(() => {
    const run = findRun(ctx, runIdOrNumber)
    if (run.status !== 'calculated')
      throw new DaftarError(
        'validation',
        `Pay run ${run.number} is ${run.status}: calculate it first`,
        {
          id: run.id,
        },
      )
    const settings = payrollSettings(ctx)
    const postingDate = date ?? run.period_end
    if (!isIsoDate(postingDate)) throw validationError('date', `${postingDate} is not a date`)
    const lines = new Lines()
    const byDepartment = ctx.q.all(
      ctx.db
        .selectFrom('payroll_payslip as p')
        .innerJoin('payroll_department as d', 'd.id', 'p.department_id')
        .select((eb) => [
          'd.code',
          'd.name',
          'd.expense_account_id',
          eb.fn.sum<bigint>('p.gross').as('gross'),
        ])
        .where('p.run_id', '=', run.id)
        .groupBy('d.id')
        .orderBy('d.code'),
    )
    for (const department of byDepartment)
      lines.add(department.expense_account_id, department.gross, `Salaries: ${department.name}`)
    const byComponent = ctx.q.all(
      ctx.db
        .selectFrom('payroll_payslip_line as l')
        .innerJoin('payroll_component as c', 'c.code', 'l.code')
        .select((eb) => [
          'c.code',
          'c.name',
          'c.kind',
          'c.calc',
          'c.account_id',
          eb.fn.sum<bigint>('l.amount').as('amount'),
        ])
        .where('l.run_id', '=', run.id)
        .where('l.kind', '!=', 'earning')
        .groupBy('c.id')
        .orderBy('c.code'),
    )
    for (const component of byComponent) {
      const fallback =
        component.calc === 'income-tax'
          ? settings.tax_account_id
          : component.calc === 'social-insurance' || component.kind === 'employer'
            ? settings.insurance_account_id
            : settings.loan_account_id
      lines.add(component.account_id ?? fallback, -component.amount, component.name)
      if (component.kind === 'employer')
        lines.add(settings.employer_expense_account_id, component.amount, component.name)
    }
    const totals = runTotals(ctx, run.id)
    lines.add(settings.payable_account_id, -totals.net, 'Net pay')
    const entry = {
      date: postingDate,
      reference: run.number,
      memo: `Payroll ${run.period_start} to ${run.period_end}`,
      lines: lines.toEntryLines(),
    }
    if (entry.lines.length === 0)
      throw new DaftarError('validation', `Pay run ${run.number} has nothing to post`, {
        id: run.id,
      })
    assertValidEntry(ctx, entry)
    const [ref] = writePostedEntries(ctx, [{ ...entry, source: 'payroll' }])
    setRunStatus(ctx, run, { status: 'posted', journal_entry_id: ref!.id }, 'post')
    return getPayRun(ctx, run.id)
  })
}

/** Pays a posted run's net pay from a bank account (default: payroll's bank account). */
export function payPayRun(
  ctx: CompanyContext,
  runIdOrNumber: string,
  options: { date?: string; bankAccountId?: string } = {},
): PayRun {
  return ctx.transaction(() => {
    const run = findRun(ctx, runIdOrNumber)
    if (run.status !== 'posted')
      throw new DaftarError(
        'validation',
        `Pay run ${run.number} is ${run.status}: only a posted run is paid`,
        {
          id: run.id,
        },
      )
    const settings = payrollSettings(ctx)
    const net = runTotals(ctx, run.id).net
    const entry = {
      date: options.date ?? run.pay_date,
      reference: run.number,
      memo: `Net pay ${run.period_start} to ${run.period_end}`,
      lines: [
        { accountId: settings.payable_account_id, debit: net, credit: 0n, memo: 'Net pay' },
        {
          accountId: options.bankAccountId ?? settings.bank_account_id,
          debit: 0n,
          credit: net,
          memo: 'Bank transfer',
        },
      ],
    }
    assertValidEntry(ctx, entry)
    const [ref] = writePostedEntries(ctx, [{ ...entry, source: 'payroll' }])
    setRunStatus(ctx, run, { status: 'paid', payment_entry_id: ref!.id }, 'post')
    return getPayRun(ctx, run.id)
  })
}

/**
 * Corrects a posted (or paid) run the only way the books allow: reverses its entry, and its
 * payment if it was paid, leaving the ledger as it was before. Then make a new run.
 */
export function reversePayRun(ctx: CompanyContext, runIdOrNumber: string, date?: string): PayRun {
  return ctx.transaction(() => {
    const run = findRun(ctx, runIdOrNumber)
    if (run.status !== 'posted' && run.status !== 'paid')
      throw new DaftarError(
        'validation',
        `Pay run ${run.number} is ${run.status}: only a posted run is reversed`,
        {
          id: run.id,
        },
      )
    const paymentReversal = run.payment_entry_id
      ? reverseEntry(ctx, run.payment_entry_id, date).id
      : null
    const reversal = reverseEntry(ctx, run.journal_entry_id!, date)
    setRunStatus(
      ctx,
      run,
      {
        status: 'reversed',
        reversal_entry_id: reversal.id,
        payment_reversal_entry_id: paymentReversal,
      },
      'reverse',
    )
    return getPayRun(ctx, run.id)
  })
}
