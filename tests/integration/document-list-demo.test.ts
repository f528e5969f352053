import { describe, expect, it } from 'vitest'
import { dashboard } from '../../src/main/engine/dashboard/dashboard'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { findDocuments } from '../../src/main/engine/sales/document-list'
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
  })
})
