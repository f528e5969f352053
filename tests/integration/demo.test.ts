import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { tempCompany } from '../helpers/temp-company'

/** The books without ids, numbers' device prefix aside: what the same seed must reproduce. */
function books(ctx: CompanyContext) {
  return ctx.sqlite
    .prepare(
      `SELECT e.number, e.date, e.reference, e.memo, e.source, a.code, l.debit, l.credit
       FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
       ORDER BY e.number, l.line_no`,
    )
    .all() as {
    date: string
    reference: string
    source: string
    code: string
    debit: bigint
    credit: bigint
  }[]
}

function balance(ctx: CompanyContext, code: string): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(b.debit - b.credit), 0) AS net FROM account_balance_month b
       JOIN account a ON a.id = b.account_id WHERE a.code = ?`,
    )
    .get(code) as { net: bigint }
  return row.net
}

describe('demo company', () => {
  it('gives the same books for the same seed and day, and other books for another seed', async () => {
    const [a, b, c, d] = [
      await tempCompany(),
      await tempCompany(),
      await tempCompany(),
      await tempCompany(),
    ]
    generateDemo(a, { seed: 7, today: '2026-03-18' })
    generateDemo(b, { seed: 7, today: '2026-03-18' })
    generateDemo(c, { seed: 8, today: '2026-03-18' })
    generateDemo(d, { seed: 7, today: '2026-03-02' })
    expect(books(a).length).toBeGreaterThan(1500)
    expect(books(b)).toEqual(books(a))
    expect(books(c)).not.toEqual(books(a))
    // Another day of the same month: the same year before it, and less of the month's trade.
    const beforeMarch = (ctx: CompanyContext) => books(ctx).filter((l) => l.date < '2026-03-01')
    expect(beforeMarch(d)).toEqual(beforeMarch(a))
    expect(books(d).length).toBeLessThan(books(a).length)
  })

  it("fills the twelve whole months before today's with a small shop's year", async () => {
    const ctx = await tempCompany()
    generateDemo(ctx, { seed: 1, today: '2026-03-18' })
    const lines = books(ctx)
    const dates = lines.map((line) => line.date).sort()
    expect(dates[0]).toBe('2025-03-01')
    // The shop's own journals end with last month; this month's trade runs up to today.
    expect(dates.filter((date) => date < '2026-03-01').at(-1)).toBe('2026-02-28')
    expect(dates.at(-1)).toBe('2026-03-18')
    expect(
      lines.filter((line) => line.date >= '2026-03-01').every((l) => l.source !== 'demo'),
    ).toBe(true)
    const references = new Set(lines.map((line) => line.reference))
    for (const expected of [
      'CAP-1',
      'LOAN-1',
      'RENT-2025-03',
      'RENT-2026-02',
      'WAGES-2025-11',
      'TAK-2025-03-01',
    ])
      expect(references).toContain(expected)
    expect([...references].filter((ref) => ref.startsWith('RENT-2')).length).toBe(13) // 12 and one mistake
    // The last three months' wages come from payroll runs, not hand journals.
    expect(references).not.toContain('WAGES-2025-12')
    const runs = ctx.sqlite
      .prepare("SELECT count(*) AS n FROM payroll_run WHERE status IN ('posted', 'paid')")
      .get() as { n: bigint }
    expect(runs.n).toBe(3n)
    const employees = ctx.sqlite.prepare('SELECT count(*) AS n FROM payroll_employee').get() as {
      n: bigint
    }
    expect(employees.n).toBe(12n)
    expect(new Set(lines.filter((l) => l.source === 'reversal').map((l) => l.reference)).size).toBe(
      2,
    )
    for (const code of ['6300', '6600', '5100', '2400', '2100'])
      expect(balance(ctx, code)).not.toBe(0n)
    // A shop that sells more than it spends, and never has less than nothing in the till or bank.
    expect(-balance(ctx, '4100')).toBeGreaterThan(balance(ctx, '5100'))
    expect(balance(ctx, '1110')).toBeGreaterThanOrEqual(0n)
    expect(balance(ctx, '1120')).toBeGreaterThan(0n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('scales to currencies without decimals and keeps every entry balanced', async () => {
    const ctx = await tempCompany({ currency: 'IRR' })
    generateDemo(ctx, { seed: 3, today: '2026-01-10' })
    expect(balance(ctx, '6100')).toBe(12n * 1800n * 50_000n)
    expect(checkCompany(ctx).ok).toBe(true)
  })

  it('refuses a company without the standard chart, or one that already has entries', async () => {
    const bare = await tempCompany({ chart: 'none' })
    expect(() => generateDemo(bare, { seed: 1 })).toThrow(/standard chart/)
    const used = await tempCompany()
    generateDemo(used, { seed: 1 })
    const before = books(used).length
    expect(() => generateDemo(used, { seed: 1 })).toThrow(/no entries yet/)
    expect(books(used)).toHaveLength(before)
  })
})
