import { describe, expect, it } from 'vitest'
import { generalLedger } from '../../src/main/engine/reports/general-ledger'
import { saveDraft } from '../../src/main/engine/ledger/journal'
import { accountId, tempCompany } from '../helpers/temp-company'
import { post, postAmount } from './reports-fixture'

describe('general ledger read a page at a time', () => {
  it('carries the running balance across pages, same day and same entry included', async () => {
    const ctx = await tempCompany()
    postAmount(ctx, '2025-12-20', 70000n, { debit: '1110', credit: '3100' }, 'before the period')
    // Several lines a day, and one entry touching cash twice, so page breaks fall inside a day
    // and inside an entry.
    for (let day = 1; day <= 9; day++) {
      const date = `2026-01-0${day}`
      postAmount(ctx, date, BigInt(day * 1000), { debit: '1110', credit: '4100' }, `sale ${day}`)
      postAmount(ctx, date, BigInt(day * 300), { debit: '6100', credit: '1110' }, `cost ${day}`)
      post(ctx, date, [
        ['1110', 150n, 0n],
        ['1110', 0n, 40n],
        ['4100', 0n, 110n],
      ])
    }
    saveDraft(ctx, {
      date: '2026-01-05',
      lines: [
        { accountId: accountId(ctx, '1110'), debit: 999n, credit: 0n },
        { accountId: accountId(ctx, '4100'), debit: 0n, credit: 999n },
      ],
    })
    const cash = accountId(ctx, '1110')
    const period = { from: '2026-01-01', to: '2026-01-31', accountId: cash }
    const whole = generalLedger(ctx, period).accounts[0]!
    expect(whole.lines).toHaveLength(36)
    expect(whole.opening).toBe(70000n)

    const paged = []
    for (let offset = 0; offset < 36; offset += 7) {
      const account = generalLedger(ctx, { ...period, offset, limit: 7 }).accounts[0]!
      expect(account).toMatchObject({
        lineCount: 36,
        opening: whole.opening,
        totalDebit: whole.totalDebit,
        totalCredit: whole.totalCredit,
        closing: whole.closing,
      })
      paged.push(...account.lines)
    }
    expect(paged).toEqual(whole.lines)
    expect(paged.at(-1)!.balance).toBe(whole.closing)
    // A page past the end is empty; the totals still hold.
    const beyond = generalLedger(ctx, { ...period, offset: 40, limit: 7 }).accounts[0]!
    expect(beyond).toMatchObject({ lines: [], lineCount: 36, closing: whole.closing })
  })

  it('gives every account its first lines and how many it has, for the all-accounts view', async () => {
    const ctx = await tempCompany()
    for (let day = 1; day <= 5; day++) {
      postAmount(ctx, `2026-02-0${day}`, 100n, { debit: '1110', credit: '4100' }, `sale ${day}`)
    }
    postAmount(ctx, '2026-02-03', 50n, { debit: '6100', credit: '1120' }, 'fee')
    const report = generalLedger(ctx, { from: '2026-02-01', to: '2026-02-28', limit: 2 })
    expect(report.accounts.map((account) => [account.code, account.lines.length])).toEqual([
      ['1110', 2],
      ['1120', 1],
      ['4100', 2],
      ['6100', 1],
    ])
    expect(report.accounts.map((account) => account.lineCount)).toEqual([5, 1, 5, 1])
    expect(report.accounts[0]).toMatchObject({ totalDebit: 500n, closing: 500n })
  })
})
