import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { listContacts } from '../../src/main/engine/contacts/contacts'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { listProducts } from '../../src/main/engine/products/products'
import { listTaxCodes } from '../../src/main/engine/products/tax-codes'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { listDocuments } from '../../src/main/engine/sales/documents'
import { listOrders } from '../../src/main/engine/sales/orders'
import { listQuotes } from '../../src/main/engine/sales/quotes'
import { tempCompany } from '../helpers/temp-company'

/**
 * Sales documents and payments without ids or clock times (dated before `before`, when given):
 * what the same seed must reproduce.
 */
function trade(ctx: CompanyContext, before = '9999-12-31') {
  const documents = ctx.sqlite
    .prepare(
      `SELECT d.type, d.number, d.status, d.date, d.due_date, c.name, d.net, d.tax, d.gross
       FROM document d JOIN contact c ON c.id = d.contact_id WHERE d.date < ?
       ORDER BY d.type, d.number`,
    )
    .all(before)
  const payments = ctx.sqlite
    .prepare(
      `SELECT p.number, p.date, p.amount, c.name FROM payment p
       JOIN contact c ON c.id = p.contact_id WHERE p.date < ? ORDER BY p.number`,
    )
    .all(before)
  return { documents, payments }
}

function receivablesLedger(ctx: CompanyContext): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(b.debit - b.credit), 0) AS net FROM account_balance_month b
       JOIN account a ON a.id = b.account_id WHERE a.code = '1200'`,
    )
    .get() as { net: bigint }
  return row.net
}

describe('demo company: sales', () => {
  it('has customers and suppliers, products and tax codes, made through the services', async () => {
    const ctx = await tempCompany()
    generateDemo(ctx, { seed: 4, today: '2026-03-18' })
    const contacts = listContacts(ctx)
    expect(contacts.filter((c) => c.isCustomer).length).toBeGreaterThanOrEqual(7)
    expect(contacts.filter((c) => c.isSupplier).length).toBeGreaterThanOrEqual(2)
    expect(contacts.filter((c) => c.addresses.length > 0).length).toBeGreaterThanOrEqual(4)
    expect(contacts.filter((c) => c.people.length > 0).length).toBeGreaterThanOrEqual(4)
    expect(contacts.some((c) => c.creditLimit !== null)).toBe(true)
    expect(listTaxCodes(ctx).map((t) => t.code)).toEqual(['VAT10', 'ZERO'])
    const products = listProducts(ctx)
    expect(new Set(products.map((p) => p.kind))).toEqual(
      new Set(['stocked', 'non_stocked', 'service']),
    )
  })

  it('invoices every month, with paid, part-paid, overdue and open invoices, a credit note, quotes, an order and bills', async () => {
    const ctx = await tempCompany()
    generateDemo(ctx, { seed: 4, today: '2026-03-18' })
    const to = '2026-02-28'

    const all = listDocuments(ctx, 'invoice')
    const invoices = all.filter((i) => i.date <= to)
    expect(new Set(invoices.map((i) => i.date.slice(0, 7))).size).toBe(12)
    expect(invoices.every((i) => i.status === 'posted')).toBe(true)
    // This month's up to today, posted but for one draft waiting.
    const thisMonth = all.filter((i) => i.date > to)
    expect(thisMonth.every((i) => i.date <= '2026-03-18')).toBe(true)
    expect(thisMonth.filter((i) => i.status === 'draft')).toHaveLength(1)
    expect(thisMonth.filter((i) => i.status === 'posted').length).toBeGreaterThan(3)
    const paid = invoices.filter((i) => i.outstanding === 0n)
    const partly = invoices.filter((i) => i.outstanding > 0n && i.outstanding < i.gross)
    const overdue = invoices.filter((i) => i.outstanding > 0n && i.dueDate < to)
    const notYetDue = invoices.filter((i) => i.outstanding > 0n && i.dueDate >= to)
    expect(paid.length).toBeGreaterThan(invoices.length / 2)
    for (const group of [partly, overdue, notYetDue]) expect(group.length).toBeGreaterThan(0)

    const [note, ...moreNotes] = listDocuments(ctx, 'credit_note')
    expect(moreNotes).toEqual([])
    expect(note).toMatchObject({ status: 'posted', memo: 'Returned: damaged in delivery' })
    expect(invoices.map((i) => i.id)).toContain(note!.sourceDocumentId)

    const payments = ctx.sqlite
      .prepare(
        `SELECT p.amount, count(a.document_id) AS invoices, coalesce(sum(a.amount), 0) AS allocated
         FROM payment p LEFT JOIN payment_allocation a ON a.payment_id = p.id GROUP BY p.id`,
      )
      .all() as { amount: bigint; invoices: bigint; allocated: bigint }[]
    expect(payments.some((p) => p.invoices === 2n)).toBe(true) // one payment, two invoices
    expect(payments.some((p) => p.amount > p.allocated)).toBe(true) // credit kept

    expect(
      listQuotes(ctx)
        .map((q) => q.flowStatus)
        .sort(),
    ).toEqual(['accepted', 'declined', 'issued'])
    const [order] = listOrders(ctx)
    expect(order!.flowStatus).toBe('open')
    expect(order!.invoices).toHaveLength(1)
    expect(order!.progress.some((line) => line.remaining > 0n && line.invoiced > 0n)).toBe(true)

    const bills = listDocuments(ctx, 'bill')
    expect(bills.length).toBeGreaterThanOrEqual(12)
    expect(bills.some((b) => b.outstanding === 0n)).toBe(true)
    expect(bills.some((b) => b.outstanding > 0n && b.dueDate < to)).toBe(true)

    // The ageing is the receivables ledger, per the check and in total.
    const ageing = receivablesAgeing(ctx, { asOf: '2026-03-18' })
    expect(ageing.total).toBe(receivablesLedger(ctx))
    expect(ageing.totals.at(-1)).toBeGreaterThan(0n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })

    // Some trade in euros: invoices (one paid at a better rate, one open) and a bill, paid.
    const euros = [...invoices, ...bills].filter((d) => d.currency === 'EUR')
    expect(euros.map((d) => d.type).sort()).toEqual(['bill', 'invoice', 'invoice'])
    expect(euros.filter((d) => d.outstanding > 0n).map((d) => d.type)).toEqual(['invoice'])
    expect(euros.every((d) => d.baseGross !== undefined && d.baseGross !== d.gross)).toBe(true)
    const exchange = ctx.sqlite
      .prepare(
        `SELECT count(*) AS n FROM journal_line l JOIN account a ON a.id = l.account_id
         WHERE a.code = '4950'`,
      )
      .get() as { n: bigint }
    expect(exchange.n).toBeGreaterThan(0n)
  })

  it('gives the same trade for the same seed and day, and other trade for another seed', async () => {
    const [a, b, c, d] = [
      await tempCompany(),
      await tempCompany(),
      await tempCompany(),
      await tempCompany(),
    ]
    generateDemo(a, { seed: 9, today: '2026-07-30' })
    generateDemo(b, { seed: 9, today: '2026-07-30' })
    generateDemo(c, { seed: 10, today: '2026-07-30' })
    generateDemo(d, { seed: 9, today: '2026-07-01' })
    expect(trade(b)).toEqual(trade(a))
    expect(trade(c)).not.toEqual(trade(a))
    // Another day of the month: the same trade before the month began.
    expect(trade(d, '2026-07-01')).toEqual(trade(a, '2026-07-01'))
  })

  it('scales the trade to a currency without decimals', async () => {
    const ctx = await tempCompany({ currency: 'VND' })
    generateDemo(ctx, { seed: 2, today: '2026-01-10' })
    const grinder = listProducts(ctx).find((p) => p.code === 'GRINDER')!
    expect(grinder.salesPrice).toBe(149n * 25_000n)
    expect(receivablesAgeing(ctx, { asOf: '2026-01-10' }).total).toBe(receivablesLedger(ctx))
    expect(checkCompany(ctx).ok).toBe(true)
  })
})
