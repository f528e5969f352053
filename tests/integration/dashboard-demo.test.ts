import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/dates'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { dashboard } from '../../src/main/engine/dashboard/dashboard'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { tempCompany } from '../helpers/temp-company'

describe('home page on the demo company', () => {
  // Mid-month on a Wednesday, the first of a month, and a Sunday at a month's end.
  for (const today of ['2026-03-18', '2026-04-01', '2026-05-31'])
    it(`has trade today and this month, and work waiting, on ${today}`, async () => {
      const ctx = await tempCompany()
      generateDemo(ctx, { seed: 4, today })
      const home = dashboard(ctx, { today })

      expect(home.sales.today).toBeGreaterThan(0n)
      expect(home.sales.thisMonth).toBeGreaterThanOrEqual(home.sales.today)
      expect(home.sales.lastMonth).toBeGreaterThan(0n)
      expect(home.receivables.overdue).toBeGreaterThan(0n)
      expect(home.payables.dueSoonCount).toBeGreaterThan(0)
      // The wholesaler is paid as its bills fall due; the printer's old bill is the late one.
      const late = home.payables.mostOverdue.map((contact) => contact.contactName)
      expect(late).not.toContain('Cornerstone Wholesale')
      expect(home.drafts.invoices).toBe(1)
      expect(home.drafts.stockDocuments).toBe(1)
      // Today's documents come first: a sale and its delivery among them.
      expect(home.recent[0]!.date).toBe(today)
      const kinds = new Set(home.recent.filter((d) => d.date === today).map((d) => d.kind))
      expect(kinds).toContain('invoice')
      expect(kinds).toContain('delivery')
      // A customer on account paid this week (not a counter sale's own payment).
      const received = ctx.sqlite
        .prepare(
          `SELECT count(*) AS n FROM payment WHERE direction = 'received' AND date > ? AND date <= ?
             AND contact_id NOT IN (SELECT id FROM contact WHERE tags LIKE '%cash-sale%')`,
        )
        .get(addDays(today, -7), today) as { n: bigint }
      expect(received.n).toBeGreaterThan(0n)
      expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
    })
})
