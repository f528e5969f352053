import { describe, expect, it } from 'vitest'
import { trialBalance } from '../../src/main/engine/reports/trial-balance'
import { generalLedger } from '../../src/main/engine/reports/general-ledger'
import { saveDraft, reverseEntry } from '../../src/main/engine/ledger/journal'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import { call } from '../../src/main/engine/rpc/dispatch'
import { DaftarError } from '../../src/shared/errors'
import { accountId, tempCompany, tempDir } from '../helpers/temp-company'
import { postAmount, postKnownLedger } from './reports-fixture'

const balances = (report: ReturnType<typeof trialBalance>) =>
  report.rows.map((row) => [row.code, row.debit, row.credit])

describe('trial balance', () => {
  it('shows each account on its side, with equal totals', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const report = trialBalance(ctx, '2026-02-28')
    expect(report).toMatchObject({ currency: 'USD', decimals: 2, companyName: 'Test Shop' })
    expect(balances(report)).toEqual([
      ['1110', 118000n, 0n],
      ['1120', 28000n, 0n],
      ['1200', 10000n, 0n],
      ['3100', 0n, 100000n],
      ['4100', 0n, 80000n],
      ['6100', 24000n, 0n],
    ])
    expect(report.rows[0]).toMatchObject({ name: 'Cash on hand', type: 'asset' })
    expect(report.totals).toEqual({ debit: 180000n, credit: 180000n })
  })

  it('includes the as-of day and not the next, across month boundaries', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const codes = (asOf: string) => trialBalance(ctx, asOf).rows.map((row) => row.code)
    expect(codes('2026-02-28')).not.toContain('6300')
    expect(codes('2026-03-01')).toContain('6300')
    expect(trialBalance(ctx, '2026-03-01').totals).toEqual({ debit: 182500n, credit: 182500n })
    // The last day of a month is read from the day totals, the month before from month totals.
    expect(balances(trialBalance(ctx, '2026-01-31'))).toEqual([
      ['1110', 118000n, 0n],
      ['1200', 50000n, 0n],
      ['3100', 0n, 100000n],
      ['4100', 0n, 80000n],
      ['6100', 12000n, 0n],
    ])
    expect(balances(trialBalance(ctx, '2026-01-30'))).toContainEqual(['4100', 0n, 30000n])
    expect(codes('2026-01-30')).not.toContain('1200')
    // Mid-month: the first of the month counts, the last does not yet.
    expect(balances(trialBalance(ctx, '2026-02-15'))).toContainEqual(['1120', 0n, 12000n])
    expect(trialBalance(ctx, '2025-03-09').rows).toEqual([])
    expect(trialBalance(ctx, '2025-03-09').totals).toEqual({ debit: 0n, credit: 0n })
  })

  it('nets a reversal to zero and keeps the reversed accounts as activity', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const sale = postAmount(ctx, '2026-02-10', 7000n, { debit: '1110', credit: '4200' })
    reverseEntry(ctx, sale.id, '2026-02-20')
    expect(balances(trialBalance(ctx, '2026-02-19'))).toContainEqual(['4200', 0n, 7000n])
    const after = trialBalance(ctx, '2026-02-20')
    expect(balances(after)).toContainEqual(['4200', 0n, 0n])
    expect(balances(after)).toContainEqual(['1110', 118000n, 0n])
    expect(after.totals).toEqual({ debit: 192000n, credit: 192000n })
  })

  it('ignores drafts and refuses a date that does not exist', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    saveDraft(ctx, {
      date: '2026-02-10',
      lines: [
        { accountId: accountId(ctx, '1110'), debit: 999n, credit: 0n },
        { accountId: accountId(ctx, '4100'), debit: 0n, credit: 999n },
      ],
    })
    expect(trialBalance(ctx, '2026-02-28').totals.debit).toBe(180000n)
    expect(() => trialBalance(ctx, '2026-02-30')).toThrow(/2026-02-30 is not a real date/)
  })
})

describe('general ledger', () => {
  it('gives the opening balance, running balance and closing per account', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const cash = accountId(ctx, '1110')
    const report = generalLedger(ctx, { from: '2025-06-15', to: '2025-12-31', accountId: cash })
    expect(report.accounts).toHaveLength(1)
    const account = report.accounts[0]!
    expect(account).toMatchObject({
      code: '1110',
      opening: 100000n,
      totalDebit: 30000n,
      totalCredit: 12000n,
      closing: 118000n,
    })
    expect(account.lines.map((line) => [line.date, line.reference, line.balance])).toEqual([
      ['2025-06-15', 'cash sale', 130000n],
      ['2025-11-30', 'rent nov', 118000n],
    ])
    expect(account.lines[0]!.number).toMatch(/^JE-/)
    // An account with no lines in the range still shows its opening and closing.
    const quiet = generalLedger(ctx, { from: '2026-01-01', to: '2026-02-28', accountId: cash })
    expect(quiet.accounts[0]).toMatchObject({ opening: 118000n, lines: [], closing: 118000n })
  })

  it('lists every account with postings in the range, in code order, lines by date and number', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    postAmount(ctx, '2026-02-01', 500n, { debit: '6100', credit: '1120' }, 'late fee')
    saveDraft(ctx, {
      date: '2026-02-05',
      lines: [
        { accountId: accountId(ctx, '1120'), debit: 1n, credit: 0n },
        { accountId: accountId(ctx, '4100'), debit: 0n, credit: 1n },
      ],
    })
    const report = generalLedger(ctx, { from: '2026-02-01', to: '2026-02-28' })
    expect(report.accounts.map((account) => account.code)).toEqual(['1120', '1200', '6100'])
    const bank = report.accounts[0]!
    expect(
      bank.lines.map((line) => [line.reference, line.debit, line.credit, line.balance]),
    ).toEqual([
      ['rent feb', 0n, 12000n, -12000n],
      ['late fee', 0n, 500n, -12500n],
      ['payment', 40000n, 0n, 27500n],
    ])
    expect(bank).toMatchObject({ opening: 0n, totalDebit: 40000n, totalCredit: 12500n })
    expect(bank.closing).toBe(27500n)
    expect(report.accounts[1]).toMatchObject({ opening: 50000n, closing: 10000n })
  })

  it('refuses an unknown account and a backwards range', async () => {
    const ctx = await tempCompany()
    expect(() =>
      generalLedger(ctx, { from: '2026-01-01', to: '2026-01-31', accountId: 'x' }),
    ).toThrow(DaftarError)
    expect(() => generalLedger(ctx, { from: '2026-02-01', to: '2026-01-31' })).toThrow(
      /starts \(2026-02-01\) after it ends/,
    )
  })
})

describe('report procedures', () => {
  it('serve the reports through the RPC contract', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const session = new EngineSession({ homeDir: tempDir(), companiesDir: tempDir() })
    session.adopt(ctx)
    const tb = await call(session, 'reports.trialBalance', { asOf: '2026-02-28' })
    expect(tb.totals.credit).toBe(180000n)
    const gl = await call(session, 'reports.generalLedger', {
      from: '2026-02-01',
      to: '2026-02-28',
    })
    expect(gl.accounts).toHaveLength(3)
    const pl = await call(session, 'reports.profitAndLoss', {
      from: '2026-01-01',
      to: '2026-02-28',
    })
    expect(pl.netProfit).toBe(38000n)
    const bs = await call(session, 'reports.balanceSheet', { asOf: '2026-02-28' })
    expect(bs.totalAssets).toBe(156000n)
    await expect(call(session, 'reports.balanceSheet', { asOf: '28/02/2026' })).rejects.toThrow(
      DaftarError,
    )
  })
})
