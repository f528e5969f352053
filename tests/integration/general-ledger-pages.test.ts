import { describe, expect, it } from 'vitest'
import { generalLedger } from '../../src/main/engine/reports/general-ledger'
import { saveDraft } from '../../src/main/engine/ledger/journal'
import { listEntries } from '../../src/main/engine/ledger/journal-list'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import type { GeneralLedgerLine } from '../../src/shared/domain/reports'
import { accountId, tempCompany } from '../helpers/temp-company'
import { post, postAmount } from './reports-fixture'

/** Cash with 36 lines in January 2026, several a day and two in one entry, and a draft. */
async function busyCash(): Promise<CompanyContext> {
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
  return ctx
}

const keyOf = ({ date, number, lineNo }: GeneralLedgerLine) => ({ date, number, lineNo })

describe('general ledger read a page at a time', () => {
  it('carries the running balance across pages, same day and same entry included', async () => {
    const ctx = await busyCash()
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

  it('reads pages by key both ways, and the last page straight from the end', async () => {
    const ctx = await busyCash()
    const period = { from: '2026-01-01', to: '2026-01-31', accountId: accountId(ctx, '1110') }
    const whole = generalLedger(ctx, period).accounts[0]!.lines
    const page = (query: object) =>
      generalLedger(ctx, { ...period, limit: 5, ...query }).accounts[0]!.lines
    // Forward: each page after the last line of the one before (breaks inside a day and an entry).
    const forward = page({ after: null })
    expect(forward).toEqual(page({}))
    while (forward.length < whole.length) forward.push(...page({ after: keyOf(forward.at(-1)!) }))
    expect(forward).toEqual(whole)
    expect(page({ after: keyOf(whole.at(-1)!) })).toEqual([])
    // Backward: the last page read from the end, then each page before the first line held.
    const backward = page({ last: true })
    expect(backward).toEqual(whole.slice(-5))
    while (backward.length < whole.length)
      backward.unshift(...page({ before: keyOf(backward[0]!) }))
    expect(backward).toEqual(whole)
    expect(page({ before: keyOf(whole[0]!) })).toEqual([])
    // A page that starts between two lines of one entry.
    const split = whole.findIndex((line, i) => line.entryId === whole[i + 1]?.entryId)
    expect(page({ after: keyOf(whole[split]!) })).toEqual(whole.slice(split + 1, split + 6))
  })

  it('reads the journal list by key both ways, newest first, as by offset', async () => {
    const ctx = await busyCash()
    const all = listEntries(ctx, { offset: 0, limit: 1000 })
    expect(all.total).toBe(29)
    const keyOfRow = (row: { date: string; id: string }) => ({ date: row.date, id: row.id })
    const forward = listEntries(ctx, { offset: 0, limit: 6 }).rows
    while (forward.length < all.total) {
      const next = listEntries(ctx, { offset: 0, limit: 6, after: keyOfRow(forward.at(-1)!) })
      expect(next.total).toBe(29)
      forward.push(...next.rows)
    }
    expect(forward).toEqual(all.rows)
    const backward = listEntries(ctx, { offset: 0, limit: 4, last: true }).rows
    expect(backward).toEqual(all.rows.slice(-4))
    while (backward.length < all.total) {
      backward.unshift(
        ...listEntries(ctx, { offset: 0, limit: 6, before: keyOfRow(backward[0]!) }).rows,
      )
    }
    expect(backward).toEqual(all.rows)
    // The filters still apply to pages read by key.
    const posted = listEntries(ctx, { offset: 0, limit: 1000, status: 'posted' }).rows
    const lastPosted = listEntries(ctx, { offset: 0, limit: 3, status: 'posted', last: true })
    expect(lastPosted.rows).toEqual(posted.slice(-3))
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
