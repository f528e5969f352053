import { describe, expect, it } from 'vitest'
import { profitAndLoss } from '../../src/main/engine/reports/profit-and-loss'
import { balanceSheet } from '../../src/main/engine/reports/balance-sheet'
import { reverseEntry } from '../../src/main/engine/ledger/journal'
import type { StatementSection } from '../../src/shared/domain/reports'
import { tempCompany } from '../helpers/temp-company'
import { post, postAmount, postKnownLedger } from './reports-fixture'

/** [code, depth, amount, previous], with headings marked by a null amount. */
const rows = (section: StatementSection) =>
  section.rows.map((row) => [row.code, row.depth, row.heading ? null : row.amount, row.previous])

describe('profit and loss', () => {
  it('shows income and expenses beside the same months just before', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const report = profitAndLoss(ctx, { from: '2026-01-01', to: '2026-02-28' })
    expect(report.previous).toEqual({ from: '2025-11-01', to: '2025-12-31' })
    expect(rows(report.income)).toEqual([
      ['4000', 0, null, 0n],
      ['4100', 1, 50000n, 0n],
    ])
    expect(rows(report.expenses)).toEqual([
      ['6000', 0, null, 0n],
      ['6100', 1, 12000n, 12000n],
    ])
    expect(report.income).toMatchObject({ total: 50000n, previousTotal: 0n })
    expect(report.expenses).toMatchObject({ total: 12000n, previousTotal: 12000n })
    expect(report.netProfit).toBe(38000n)
    expect(report.previousNetProfit).toBe(-12000n)
  })

  it('compares with a chosen period and keeps rows that had amounts only then', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const year = profitAndLoss(ctx, {
      from: '2026-01-01',
      to: '2026-03-31',
      compareFrom: '2025-01-01',
      compareTo: '2025-12-31',
    })
    expect(rows(year.income)).toContainEqual(['4100', 1, 50000n, 30000n])
    expect(rows(year.expenses)).toContainEqual(['6300', 1, 2500n, 0n])
    expect(year.netProfit).toBe(50000n - 12000n - 2500n)
    expect(year.previousNetProfit).toBe(18000n)
    // Not whole months: the previous period is the same number of days, 31 January to 28 February.
    const march = profitAndLoss(ctx, { from: '2026-03-01', to: '2026-03-29' })
    expect(march.previous).toEqual({ from: '2026-01-31', to: '2026-02-28' })
    expect(rows(march.income)).toContainEqual(['4100', 1, 0n, 50000n])
    expect(() =>
      profitAndLoss(ctx, { from: '2026-03-01', to: '2026-03-31', compareFrom: '2025-03-01' }),
    ).toThrow(/needs both/)
  })

  it('counts both ends of the period and nets a reversal to nothing', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const sale = postAmount(ctx, '2026-02-10', 7000n, { debit: '1110', credit: '4200' })
    reverseEntry(ctx, sale.id, '2026-02-20')
    const february = profitAndLoss(ctx, { from: '2026-02-01', to: '2026-02-28' })
    expect(february.income.rows.map((row) => row.code)).not.toContain('4200')
    expect(february.netProfit).toBe(-12000n)
    const untilReversal = profitAndLoss(ctx, { from: '2026-02-01', to: '2026-02-19' })
    expect(rows(untilReversal.income)).toContainEqual(['4200', 1, 7000n, 0n])
    expect(profitAndLoss(ctx, { from: '2026-01-31', to: '2026-01-31' }).netProfit).toBe(50000n)
    expect(profitAndLoss(ctx, { from: '2026-02-02', to: '2026-02-27' }).netProfit).toBe(0n)
  })
})

describe('balance sheet', () => {
  it('balances with this year and earlier unclosed years as equity lines', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const sheet = balanceSheet(ctx, '2026-02-28')
    expect(rows(sheet.assets)).toEqual([
      ['1000', 0, null, undefined],
      ['1100', 1, null, undefined],
      ['1110', 2, 118000n, undefined],
      ['1120', 2, 28000n, undefined],
      ['1200', 1, 10000n, undefined],
    ])
    expect(sheet.liabilities).toEqual({ type: 'liability', rows: [], total: 0n })
    expect(rows(sheet.equity)).toEqual([
      ['3000', 0, null, undefined],
      ['3100', 1, 100000n, undefined],
    ])
    expect(sheet).toMatchObject({
      unclosedEarnings: 18000n,
      currentYearEarnings: 38000n,
      totalEquity: 156000n,
      totalAssets: 156000n,
      totalLiabilitiesAndEquity: 156000n,
    })
    const withBill = balanceSheet(ctx, '2026-03-01')
    expect(rows(withBill.liabilities)).toEqual([
      ['2000', 0, null, undefined],
      ['2100', 1, 2500n, undefined],
    ])
    expect(withBill.currentYearEarnings).toBe(35500n)
    expect(withBill.totalLiabilitiesAndEquity).toBe(withBill.totalAssets)
  })

  it('shows an overdrawn asset as negative and still balances', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const sheet = balanceSheet(ctx, '2026-02-15')
    expect(rows(sheet.assets)).toContainEqual(['1120', 2, -12000n, undefined])
    expect(sheet.totalAssets).toBe(156000n)
    expect(sheet.totalLiabilitiesAndEquity).toBe(156000n)
  })

  it('starts the current year at the company fiscal year start', async () => {
    const ctx = await tempCompany({ fiscalYearStart: '07-01' })
    postKnownLedger(ctx)
    const sheet = balanceSheet(ctx, '2026-02-28')
    expect(sheet.unclosedEarnings).toBe(30000n)
    expect(sheet.currentYearEarnings).toBe(50000n - 12000n - 12000n)
    expect(sheet.totalLiabilitiesAndEquity).toBe(sheet.totalAssets)
    const lastDayOfYear = balanceSheet(ctx, '2025-06-30')
    expect(lastDayOfYear).toMatchObject({ unclosedEarnings: 0n, currentYearEarnings: 30000n })
  })

  it('leaves nothing unclosed once a closing entry moves the year to retained earnings', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    post(ctx, '2025-12-31', [
      ['4100', 30000n, 0n],
      ['6100', 0n, 12000n],
      ['3300', 0n, 18000n],
    ])
    const sheet = balanceSheet(ctx, '2026-02-28')
    expect(sheet.unclosedEarnings).toBe(0n)
    expect(rows(sheet.equity)).toContainEqual(['3300', 1, 18000n, undefined])
    expect(sheet.totalEquity).toBe(156000n)
    expect(sheet.totalLiabilitiesAndEquity).toBe(sheet.totalAssets)
  })
})
