import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../src/main/engine/demo/prng'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { reverseEntry, saveDraft } from '../../src/main/engine/ledger/journal'
import { balanceSheet } from '../../src/main/engine/reports/balance-sheet'
import { generalLedger } from '../../src/main/engine/reports/general-ledger'
import { profitAndLoss } from '../../src/main/engine/reports/profit-and-loss'
import { trialBalance } from '../../src/main/engine/reports/trial-balance'
import { addDays, fiscalYearStartFor } from '../../src/shared/dates'
import { accountId, tempCompany } from '../helpers/temp-company'
import { post, type Line } from './reports-fixture'

const CODES = [
  '1110',
  '1120',
  '1200',
  '1300',
  '2100',
  '2200',
  '3100',
  '4100',
  '4200',
  '5100',
  '6100',
  '6200',
]
const FIRST_DAY = Date.UTC(2024, 0, 1)
const DAYS = 3 * 365 + 1

const dateOf = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10)

function randomLedger(ctx: CompanyContext, random: () => number, entries: number): void {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!
  const amount = () =>
    random() < 0.2
      ? 2n ** 53n + BigInt(Math.floor(random() * 1e9))
      : BigInt(1 + Math.floor(random() * 1_000_000))
  const posted: { id: string; day: number }[] = []
  for (let i = 0; i < entries; i++) {
    const day = Math.floor(random() * DAYS)
    const lines: Line[] = []
    let debits = 0n
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const value = amount()
      debits += value
      lines.push([pick(CODES), value, 0n])
    }
    lines.push([pick(CODES), 0n, debits])
    posted.push({ id: post(ctx, dateOf(day), lines).id, day })
    if (random() < 0.1 && posted.length > 1) {
      const victim = posted.splice(Math.floor(random() * (posted.length - 1)), 1)[0]!
      reverseEntry(
        ctx,
        victim.id,
        dateOf(Math.min(DAYS - 1, victim.day + Math.floor(random() * 60))),
      )
    }
    if (random() < 0.05) {
      saveDraft(ctx, {
        date: dateOf(day),
        lines: [
          { accountId: accountId(ctx, pick(CODES)), debit: amount(), credit: 0n },
          { accountId: accountId(ctx, pick(CODES)), debit: 0n, credit: 1n },
        ],
      })
    }
  }
}

/** Code -> [debits, credits] of posted lines in [from, to], summed line by line. */
function bruteForce(ctx: CompanyContext, from: string, to: string): Map<string, [bigint, bigint]> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT a.code, l.debit, l.credit FROM journal_line l
       JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id
       WHERE e.status = 'posted' AND l.date >= ? AND l.date <= ?`,
    )
    .all(from, to) as { code: string; debit: bigint; credit: bigint }[]
  const sums = new Map<string, [bigint, bigint]>()
  for (const row of rows) {
    const sum = sums.get(row.code) ?? [0n, 0n]
    sums.set(row.code, [sum[0] + row.debit, sum[1] + row.credit])
  }
  return sums
}

const netOf = (sums: Map<string, [bigint, bigint]>, codes: string[], sign: 1n | -1n) =>
  codes.reduce((total, code) => {
    const [debit, credit] = sums.get(code) ?? [0n, 0n]
    return total + sign * (debit - credit)
  }, 0n)

describe('reports on a random three-year ledger', () => {
  it('agree with sums over every journal line', async () => {
    const ctx = await tempCompany({ fiscalYearStart: '04-01' })
    const random = mulberry32(20260101)
    randomLedger(ctx, random, 400)
    const dates = [
      '2023-12-31',
      '2024-01-01',
      '2024-02-29',
      '2024-03-01',
      '2025-03-31',
      '2025-04-01',
    ]
    dates.push('2026-12-31', '2027-01-01')
    for (let i = 0; i < 12; i++) dates.push(dateOf(Math.floor(random() * DAYS)))

    for (const asOf of dates) {
      const sums = bruteForce(ctx, '0000-01-01', asOf)
      const expected = [...sums.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([code, [debit, credit]]) => [
          code,
          debit > credit ? debit - credit : 0n,
          credit > debit ? credit - debit : 0n,
        ])
      const tb = trialBalance(ctx, asOf)
      expect(
        tb.rows.map((row) => [row.code, row.debit, row.credit]),
        asOf,
      ).toEqual(expected)
      expect(tb.totals.debit).toBe(tb.totals.credit)

      const sheet = balanceSheet(ctx, asOf)
      expect(sheet.totalLiabilitiesAndEquity, asOf).toBe(sheet.totalAssets)
      const yearStart = fiscalYearStartFor(asOf, '04-01')
      const thisYear = bruteForce(ctx, yearStart, asOf)
      const earnings =
        netOf(thisYear, ['4100', '4200'], -1n) - netOf(thisYear, ['5100', '6100', '6200'], 1n)
      expect(sheet.currentYearEarnings, asOf).toBe(earnings)
    }

    for (let i = 0; i < 8; i++) {
      const start = Math.floor(random() * DAYS)
      const [from, to] = [dateOf(start), dateOf(Math.min(DAYS, start + Math.floor(random() * 400)))]
      const range = bruteForce(ctx, from, to)
      const pl = profitAndLoss(ctx, { from, to })
      for (const row of pl.income.rows) expect(row.amount).toBe(netOf(range, [row.code], -1n))
      for (const row of pl.expenses.rows) expect(row.amount).toBe(netOf(range, [row.code], 1n))
      const net = netOf(range, ['4100', '4200'], -1n) - netOf(range, ['5100', '6100', '6200'], 1n)
      expect(pl.netProfit, `${from}..${to}`).toBe(net)

      const code = CODES[i % CODES.length]!
      const gl = generalLedger(ctx, { from, to, accountId: accountId(ctx, code) }).accounts[0]!
      expect(gl.opening).toBe(netOf(bruteForce(ctx, '0000-01-01', addDays(from, -1)), [code], 1n))
      expect(gl.closing).toBe(netOf(bruteForce(ctx, '0000-01-01', to), [code], 1n))
      expect([gl.totalDebit, gl.totalCredit]).toEqual(range.get(code) ?? [0n, 0n])
    }
  })
})
