import { describe, expect, it } from 'vitest'
import { dashboard } from '../../src/main/engine/dashboard/dashboard'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { documentListStatement, findDocuments } from '../../src/main/engine/sales/document-list'
import { tempCompany } from '../helpers/temp-company'

describe('the Home tiles and the lists they open agree on the demo company', () => {
  it('overdue invoices add up to the overdue tile; bills to pay to the bills tile', async () => {
    const ctx = await tempCompany()
    const today = '2026-03-18'
    generateDemo(ctx, { seed: 7, today })
    const home = dashboard(ctx, { today })

    const overdue = findDocuments(ctx, 'invoice', { status: 'overdue', asOf: today })
    expect(overdue.count).toBeGreaterThan(0)
    expect(overdue.baseCredit).toBeLessThan(0n)
    expect(overdue.baseDue + overdue.baseCredit).toBe(home.receivables.overdue)

    const toPay = findDocuments(ctx, 'bill', {
      status: 'open',
      dueBy: home.payables.dueSoonUntil,
    })
    expect(toPay.baseDue + toPay.baseCredit).toBe(home.payables.dueSoon + home.payables.overdue)

    const drafts = findDocuments(ctx, 'invoice', { status: 'draft' })
    expect(drafts.count).toBe(home.drafts.invoices)

    // With the demo's statistics gathered, the lists still go through the indexes, never a line.
    ctx.sqlite.exec('ANALYZE')
    for (const [type, query] of [
      ['invoice', { status: 'overdue', asOf: today }],
      ['invoice', { from: '2026-01-01', to: '2026-03-18', status: 'paid' }],
      ['bill', { contactId: toPay.rows[0]!.contactId, status: 'open' }],
    ] as const) {
      const { sql, params } = documentListStatement(type, query)
      const plan = (
        ctx.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
      )
        .map((row) => row.detail)
        .join('\n')
      expect(plan).toMatch(/SEARCH d USING INDEX document_(type|contact)_date/)
      expect(plan).not.toMatch(/document_line|SCAN d\b|SCAN i\b/)
    }
  })
})
