import { describe, expect, it } from 'vitest'
import type { PayRun, PayRunStatus } from '../../src/shared/domain/payroll'
import { emptyTotals } from '../../src/main/engine/payroll/pay-runs'
import { latestPostedRun } from '../../src/renderer/payroll/report-range'

const run = (number: string, periodEnd: string, status: PayRunStatus): PayRun => ({
  id: number,
  number,
  frequency: 'monthly',
  periodStart: `${periodEnd.slice(0, 7)}-01`,
  periodEnd,
  payDate: periodEnd,
  status,
  rulePackCode: 'GENERIC',
  journalEntryId: null,
  paymentEntryId: null,
  reversalEntryId: null,
  totals: emptyTotals(),
})

describe('the period a payroll report opens on', () => {
  it('is the latest run that reached the ledger, not a later draft or reversed run', () => {
    const runs = [
      run('PR-1', '2026-01-31', 'paid'),
      run('PR-3', '2026-03-31', 'posted'),
      run('PR-2', '2026-02-28', 'posted'),
      run('PR-4', '2026-04-30', 'draft'),
      run('PR-5', '2026-05-31', 'reversed'),
    ]
    expect(latestPostedRun(runs)?.number).toBe('PR-3')
    expect(latestPostedRun(runs.filter((r) => r.status === 'draft'))).toBeNull()
  })
})
