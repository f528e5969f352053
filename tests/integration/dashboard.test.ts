import { describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { dashboard } from '../../src/main/engine/dashboard/dashboard'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { createStockDocument } from '../../src/main/engine/inventory/documents'
import { lowStock } from '../../src/main/engine/inventory-reports/low-stock'
import { updateItemSettings } from '../../src/main/engine/inventory-items/item-settings'
import { postEntry } from '../../src/main/engine/ledger/journal'
import { payablesAgeing } from '../../src/main/engine/payables/payables-ageing'
import { createProduct } from '../../src/main/engine/products/products'
import { saveBillDraft } from '../../src/main/engine/purchasing/bills'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { trialBalance } from '../../src/main/engine/reports/trial-balance'
import { saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { salesByMonth } from '../../src/main/engine/sales-reports/sales-by'
import { customerForm, supplierForm } from '../helpers/contacts'
import { createVat10, postCreditNote, postInvoice } from '../helpers/sales-fixture'
import { accountId, tempCompany } from '../helpers/temp-company'
import { mainWarehouse, receive, stockItem } from './inventory-fixture'
import { postBill } from './purchasing-fixture'

const TODAY = '2026-03-18'

/**
 * A shop on 18 March 2026, every figure worked out by hand (VAT 10% on top):
 * - sales: today 200.00 (Acme) and 50.00 (Beta); 400.00 to Acme on 20 February; 300.00 to Beta
 *   on 10 January (due 9 February: overdue); a credit note of 100.00 on 5 March.
 * - bills (30 days): 10.00 on 15 January (overdue), 20.00 on 19 February (due in 3 days), 30.00
 *   on 10 March (due 9 April).
 * - 500.00 in the till and 1,500.00 in the bank; item W1 has 3 against a reorder level of 5, G1
 *   has 10 against 2; a draft invoice, a draft bill and a draft receipt.
 */
function knownShop(ctx: CompanyContext) {
  const tax = createVat10(ctx)
  const service = createProduct(ctx, {
    code: 'FIT',
    name: 'Fitting',
    kind: 'service',
    salesPrice: 10000n,
    taxCodeId: tax.id,
    incomeAccountId: accountId(ctx, '4200'),
    expenseAccountId: accountId(ctx, '6900'),
  })
  const paper = createProduct(ctx, {
    code: 'PAPER',
    name: 'Office paper',
    kind: 'non_stocked',
    purchasePrice: 1000n,
    taxCodeId: tax.id,
    incomeAccountId: accountId(ctx, '4100'),
    expenseAccountId: accountId(ctx, '6400'),
  })
  const acme = createContact(ctx, customerForm('Acme Ltd', { paymentTermsDays: 30 }))
  const beta = createContact(ctx, customerForm('Beta Cafe', { paymentTermsDays: 30 }))
  const supplier = createContact(ctx, supplierForm('Paper Mill', { paymentTermsDays: 30 }))
  const fitting = (quantity: bigint, unitPrice = 10000n) => [
    { productId: service.id, quantity, unitPrice },
  ]
  const reams = (unitPrice: bigint) => [{ productId: paper.id, quantity: 1000n, unitPrice }]

  postEntry(ctx, {
    date: '2026-01-02',
    reference: 'CAP',
    lines: [
      { accountId: accountId(ctx, '1110'), debit: 50000n, credit: 0n },
      { accountId: accountId(ctx, '1120'), debit: 150000n, credit: 0n },
      { accountId: accountId(ctx, '3100'), debit: 0n, credit: 200000n },
    ],
  })
  postInvoice(ctx, beta.id, '2026-01-10', fitting(3000n))
  const february = postInvoice(ctx, acme.id, '2026-02-20', fitting(4000n))
  postCreditNote(ctx, february.id, acme.id, '2026-03-05', fitting(1000n))
  postInvoice(ctx, acme.id, TODAY, fitting(2000n))
  postInvoice(ctx, beta.id, TODAY, fitting(1000n, 5000n))
  postBill(ctx, supplier.id, '2026-01-15', 'PM-1', reams(1000n))
  postBill(ctx, supplier.id, '2026-02-19', 'PM-2', reams(2000n))
  postBill(ctx, supplier.id, '2026-03-10', 'PM-3', reams(3000n))

  const w1 = stockItem(ctx, 'W1')
  const g1 = stockItem(ctx, 'G1')
  updateItemSettings(ctx, w1.id, { reorderLevel: 5_000n })
  updateItemSettings(ctx, g1.id, { reorderLevel: 2_000n })
  receive(ctx, '2026-03-02', w1, 3_000n, 500n)
  receive(ctx, '2026-03-03', g1, 10_000n, 500n)

  saveDocumentDraft(ctx, 'invoice', { contactId: acme.id, date: TODAY, lines: fitting(1000n) })
  saveBillDraft(ctx, { contactId: supplier.id, date: TODAY, reference: 'PM-4', lines: reams(1n) })
  createStockDocument(ctx, {
    type: 'receipt',
    date: TODAY,
    warehouseId: mainWarehouse(ctx),
    lines: [{ productId: w1.id, quantity: 5_000n, unitCost: 500n }],
  })
  return { acme, beta }
}

describe('the home page', () => {
  it("shows a known shop's day, every figure as worked out by hand", async () => {
    const ctx = await tempCompany()
    const { beta } = knownShop(ctx)
    const home = dashboard(ctx, { today: TODAY })

    expect(home.today).toBe(TODAY)
    expect(home.sales).toEqual({
      today: 25000n,
      thisMonth: 15000n,
      lastMonth: 40000n,
      monthStart: '2026-03-01',
      lastMonthStart: '2026-02-01',
      lastMonthEnd: '2026-02-28',
    })
    expect(home.cash.accounts.map((a) => [a.code, a.balance])).toEqual([
      ['1110', 50000n],
      ['1120', 150000n],
    ])
    expect(home.cash.total).toBe(200000n)
    // Owed: 330 + 440 - 110 + 220 + 55; Beta's January invoice is the one overdue.
    expect(home.receivables.total).toBe(93500n)
    expect(home.receivables.overdue).toBe(33000n)
    expect(home.receivables.overdueContacts).toBe(1)
    expect(home.receivables.mostOverdue).toEqual([
      { contactId: beta.id, contactName: 'Beta Cafe', overdue: 33000n, total: 38500n },
    ])
    expect(home.payables).toMatchObject({
      total: 6600n,
      overdue: 1100n,
      overdueContacts: 1,
      dueSoon: 2200n,
      dueSoonCount: 1,
      dueSoonUntil: '2026-03-25',
    })
    expect(home.lowStockItems).toBe(1)
    expect(home.drafts).toEqual({
      invoices: 1,
      creditNotes: 0,
      bills: 1,
      debitNotes: 0,
      stockDocuments: 1,
      payRuns: 0,
    })
    // Ten posted: five sales documents, three bills, two receipts; today's, latest first.
    expect(home.recent).toHaveLength(10)
    expect(home.recent.slice(0, 2).map((d) => [d.kind, d.amount])).toEqual([
      ['invoice', 5500n],
      ['invoice', 22000n],
    ])
    expect(home.recent.at(-1)).toMatchObject({ kind: 'invoice', date: '2026-01-10' })
    expect(home.recent.filter((d) => d.kind === 'receipt')).toHaveLength(2)
  })

  it('sees nothing dated after the day asked about', async () => {
    const ctx = await tempCompany()
    knownShop(ctx)
    const home = dashboard(ctx, { today: '2026-02-20' })
    expect(home.sales).toMatchObject({ today: 40000n, thisMonth: 40000n, lastMonth: 30000n })
    expect(home.receivables.total).toBe(77000n)
    expect(home.payables).toMatchObject({ total: 3300n, overdue: 1100n, dueSoon: 0n })
    expect(home.recent.every((d) => d.date <= '2026-02-20')).toBe(true)
    // Neither item had been received yet: both are below their reorder level.
    expect(home.lowStockItems).toBe(2)
  })

  it('refuses a day that is not a date, naming the field', async () => {
    const ctx = await tempCompany()
    expect(() => dashboard(ctx, { today: '2026-02-30' })).toThrow(/2026-02-30/)
  })

  it('on the demo company, agrees with the ageing reports, sales by month and trial balance', async () => {
    const ctx = await tempCompany()
    generateDemo(ctx, { seed: 4, today: TODAY })
    const home = dashboard(ctx, { today: TODAY })

    const receivables = receivablesAgeing(ctx, { asOf: TODAY })
    expect(home.receivables.total).toBe(receivables.total)
    expect(home.receivables.overdue).toBe(receivables.total - receivables.totals[0]!)
    expect(home.receivables.overdue).toBeGreaterThan(0n)
    expect(home.receivables.mostOverdue.length).toBeGreaterThan(0)
    expect(home.receivables.mostOverdue.length).toBeLessThanOrEqual(5)
    const payables = payablesAgeing(ctx, { asOf: TODAY })
    expect(home.payables.total).toBe(payables.total)

    const balances = new Map(
      trialBalance(ctx, TODAY).rows.map((row) => [row.code, row.debit - row.credit]),
    )
    expect(home.receivables.total).toBe(balances.get('1200'))
    expect(home.payables.total).toBe(-balances.get('2100')!)
    for (const account of home.cash.accounts)
      expect(account.balance).toBe(balances.get(account.code) ?? 0n)
    expect(home.cash.accounts.map((a) => a.code)).toEqual(['1110', '1120'])

    const months = salesByMonth(ctx, { from: '2026-02-01', to: TODAY }).rows
    expect([home.sales.lastMonth, home.sales.thisMonth]).toEqual(months.map((m) => m.net))
    // The demo trades all last month and this month up to the day it is made for.
    expect(home.sales.lastMonth).toBeGreaterThan(0n)
    expect(home.sales.thisMonth).toBeGreaterThan(0n)
    expect(home.lowStockItems).toBe(lowStock(ctx, { asOf: TODAY }).rows.length)
    expect(home.recent).toHaveLength(10)
    expect(home.recent[0]!.date <= TODAY).toBe(true)
  })
})
