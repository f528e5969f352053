import { isIsoDate } from '../../../shared/dates'
import {
  PAY_FREQUENCIES,
  type PayFrequency,
  type PayRun,
  type PayTotals,
} from '../../../shared/domain/payroll'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { PayrollPayslipTable, PayrollRunTable } from '../db/payroll-schema'
import { newId, nowIso } from '../ids'
import { reserveNumbers } from '../ledger/numbering'
import { payrollSettings } from './payroll-setup'

export const PAY_RUN_SERIES = 'PR'

export interface NewPayRun {
  frequency: PayFrequency
  periodStart: string
  periodEnd: string
  payDate: string
}

/** Opens a draft pay run for a period; it uses the company's rule pack as it is now. */
export function createPayRun(ctx: CompanyContext, input: NewPayRun): PayRun {
  return ctx.transaction(() => {
    const settings = payrollSettings(ctx)
    for (const field of ['periodStart', 'periodEnd', 'payDate'] as const)
      if (!isIsoDate(input[field]))
        throw validationError(field, `${input[field]} is not a date (YYYY-MM-DD)`)
    if (input.periodEnd < input.periodStart)
      throw validationError('periodEnd', 'The period ends before it starts')
    if (!PAY_FREQUENCIES.includes(input.frequency))
      throw validationError('frequency', `Frequency must be ${PAY_FREQUENCIES.join(', ')}`)
    const clash = ctx.q.first(
      ctx.db
        .selectFrom('payroll_run')
        .select('number')
        .where('frequency', '=', input.frequency)
        .where('status', '!=', 'reversed')
        .where('period_start', '<=', input.periodEnd)
        .where('period_end', '>=', input.periodStart),
    )
    if (clash)
      throw new DaftarError(
        'duplicate',
        `Pay run ${clash.number} already covers part of this period; reverse it first`,
        { field: 'periodStart' },
      )
    const now = nowIso()
    const row: PayrollRunTable = {
      id: newId(),
      number: reserveNumbers(ctx, PAY_RUN_SERIES, 1)[0]!,
      frequency: input.frequency,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      pay_date: input.payDate,
      status: 'draft',
      rule_pack_code: settings.rule_pack_code,
      journal_entry_id: null,
      payment_entry_id: null,
      reversal_entry_id: null,
      payment_reversal_entry_id: null,
      created_at: now,
      updated_at: now,
    }
    ctx.q.run(ctx.db.insertInto('payroll_run').values(row))
    ctx.changes.append('payroll_run', row.id, 'create', row)
    return toPayRun(row, emptyTotals())
  })
}

export const emptyTotals = (): PayTotals => ({
  employees: 0,
  gross: 0n,
  deductions: 0n,
  incomeTax: 0n,
  employeeContributions: 0n,
  employerContributions: 0n,
  net: 0n,
})

function toPayRun(row: PayrollRunTable, totals: PayTotals): PayRun {
  return {
    id: row.id,
    number: row.number,
    frequency: row.frequency,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    payDate: row.pay_date,
    status: row.status,
    rulePackCode: row.rule_pack_code,
    journalEntryId: row.journal_entry_id,
    paymentEntryId: row.payment_entry_id,
    reversalEntryId: row.reversal_entry_id,
    totals,
  }
}

export function runRow(ctx: CompanyContext, id: string): PayrollRunTable {
  const row = ctx.q.first(ctx.db.selectFrom('payroll_run').selectAll().where('id', '=', id))
  if (!row) throw notFound('Pay run', id)
  return row
}

/** A run found by its id or its number (PR-A-000001). */
export function findRun(ctx: CompanyContext, idOrNumber: string): PayrollRunTable {
  const row = ctx.q.first(
    ctx.db
      .selectFrom('payroll_run')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', idOrNumber), eb('number', '=', idOrNumber)])),
  )
  if (!row) throw notFound('Pay run', idOrNumber)
  return row
}

export function runTotals(ctx: CompanyContext, runId: string): PayTotals {
  const row = ctx.q.first(
    ctx.db
      .selectFrom('payroll_payslip')
      .select((eb) => [
        eb.fn.countAll<bigint>().as('employees'),
        eb.fn.sum<bigint>('gross').as('gross'),
        eb.fn.sum<bigint>('deductions').as('deductions'),
        eb.fn.sum<bigint>('income_tax').as('income_tax'),
        eb.fn.sum<bigint>('employee_contributions').as('employee_contributions'),
        eb.fn.sum<bigint>('employer_contributions').as('employer_contributions'),
        eb.fn.sum<bigint>('net').as('net'),
      ])
      .where('run_id', '=', runId),
  )
  if (!row || row.employees === 0n) return emptyTotals()
  return { employees: Number(row.employees), ...payAmounts(row) }
}

/** A payslip's amounts (or a run's, summed) from their columns. */
export function payAmounts(
  row: Pick<
    PayrollPayslipTable,
    | 'gross'
    | 'deductions'
    | 'income_tax'
    | 'employee_contributions'
    | 'employer_contributions'
    | 'net'
  >,
): Omit<PayTotals, 'employees'> {
  return {
    gross: row.gross,
    deductions: row.deductions,
    incomeTax: row.income_tax,
    employeeContributions: row.employee_contributions,
    employerContributions: row.employer_contributions,
    net: row.net,
  }
}

export function getPayRun(ctx: CompanyContext, idOrNumber: string): PayRun {
  const row = findRun(ctx, idOrNumber)
  return toPayRun(row, runTotals(ctx, row.id))
}

export function listPayRuns(ctx: CompanyContext): PayRun[] {
  return ctx.q
    .all(
      ctx.db.selectFrom('payroll_run').selectAll().orderBy('period_end', 'desc').orderBy('number'),
    )
    .map((row) => toPayRun(row, runTotals(ctx, row.id)))
}

/** Refuses a change to a run that is no longer a draft or calculated. */
export function requireOpen(row: PayrollRunTable): void {
  if (row.status !== 'draft' && row.status !== 'calculated')
    throw new DaftarError(
      'posted-is-final',
      `Pay run ${row.number} is ${row.status} and can no longer change; reverse it and make a new run`,
      { id: row.id },
    )
}

/** Sets a run's status (and any entry ids) with its change-log record, inside the caller's transaction. */
export function setRunStatus(
  ctx: CompanyContext,
  row: PayrollRunTable,
  changes: Partial<PayrollRunTable> & Pick<PayrollRunTable, 'status'>,
  operation: 'update' | 'post' | 'reverse',
): void {
  ctx.q.run(
    ctx.db
      .updateTable('payroll_run')
      .set({ ...changes, updated_at: nowIso() })
      .where('id', '=', row.id),
  )
  ctx.changes.append('payroll_run', row.id, operation, { number: row.number, ...changes })
}
