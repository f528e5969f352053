import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { postEntry } from '../../src/main/engine/ledger/journal'
import { formatSalesReport } from '../../src/main/engine/reports/export/format-sales-report'
import { runSalesReport } from '../../src/main/engine/sales-reports/run-sales-report'
import { receivePayment } from '../../src/main/engine/sales/payments'
import { cancelInvoice } from '../../src/main/engine/sales/post-document'
import { call, dispatch } from '../../src/main/engine/rpc/dispatch'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import { runCli } from '../fixtures/run-cli'
import { postCreditNote, postInvoice, salesSetup } from '../helpers/sales-fixture'
import { accountId, tempCompany } from '../helpers/temp-company'
import { customerForm } from '../helpers/contacts'

/** The receivables account's balance from the ledger's journal lines up to `date`. */
function receivablesInLedger(ctx: CompanyContext, date: string): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(l.debit - l.credit), 0) AS total FROM journal_line l
       JOIN journal_entry e ON e.id = l.entry_id
       WHERE e.status = 'posted' AND l.account_id = ? AND l.date <= ?`,
    )
    .get(accountId(ctx, '1200'), date) as { total: bigint }
  return row.total
}

describe('sales reports', () => {
  let ctx: CompanyContext
  let acme: string
  let beta: string

  beforeEach(async () => {
    ctx = await tempCompany()
    const setup = salesSetup(ctx)
    acme = setup.customer.id
    beta = createContact(ctx, customerForm('Beta Co', { paymentTermsDays: 14 })).id
    const widget = { productId: setup.product.id }
    // Acme: 220.00 in January, 110.00 in February, 110.00 credited, 100.00 paid.
    const inv1 = postInvoice(ctx, acme, '2025-01-10', [{ ...widget, quantity: 2000n }])
    postInvoice(ctx, acme, '2025-02-05', [{ ...widget, quantity: 1000n }])
    postCreditNote(ctx, inv1.id, acme, '2025-02-10', [{ ...widget, quantity: 1000n }])
    receivePayment(ctx, {
      contactId: acme,
      date: '2025-02-15',
      accountId: setup.bank,
      amount: 10000n,
    })
    // Beta: 330.00 in February, cancelled in March; 55.00 without tax on an account.
    const inv3 = postInvoice(ctx, beta, '2025-02-20', [{ ...widget, quantity: 3000n }])
    cancelInvoice(ctx, inv3.id, '2025-03-05')
    postInvoice(ctx, beta, '2025-03-10', [
      {
        description: 'Advice',
        quantity: 1000n,
        unitPrice: 5500n,
        taxCodeId: null,
        accountId: accountId(ctx, '4200'),
      },
    ])
    // A purchase entered as a journal: 10.00 input tax on 2200.
    postEntry(ctx, {
      date: '2025-02-12',
      reference: 'Bill 7',
      lines: [
        { accountId: accountId(ctx, '5100'), debit: 10000n, credit: 0n },
        { accountId: accountId(ctx, '2200'), debit: 1000n, credit: 0n },
        { accountId: accountId(ctx, '1120'), debit: 0n, credit: 11000n },
      ],
    })
  })

  afterEach(() => ctx.close())

  it('states a customer: opening, each movement with a running balance, closing', () => {
    const statement = runSalesReport(ctx, 'customer-statement', {
      contact: 'Acme Ltd',
      from: '2025-02-01',
      to: '2025-02-28',
    })
    expect(statement.opening).toBe(22000n)
    expect(statement.lines.map((l) => [l.date, l.kind, l.charge, l.credit, l.balance])).toEqual([
      ['2025-02-05', 'invoice', 11000n, 0n, 33000n],
      ['2025-02-10', 'credit_note', 0n, 11000n, 22000n],
      ['2025-02-15', 'payment', 0n, 10000n, 12000n],
    ])
    expect(statement.closing).toBe(12000n)
    const betaStatement = runSalesReport(ctx, 'customer-statement', {
      contact: 'Beta Co',
      from: '2025-02-01',
      to: '2025-03-31',
    })
    expect(betaStatement.lines.map((l) => [l.kind, l.balance])).toEqual([
      ['invoice', 33000n],
      ['cancellation', 0n],
      ['invoice', 5500n],
    ])
    // The customers' closings are the receivables account's balance in the ledger, any day.
    for (const to of ['2025-01-31', '2025-02-12', '2025-02-28', '2025-03-31']) {
      const closings = [acme, beta].map(
        (contact) =>
          runSalesReport(ctx, 'customer-statement', { contact, from: '2025-01-01', to }).closing,
      )
      expect(closings[0]! + closings[1]!).toBe(receivablesInLedger(ctx, to))
      const ageing = runSalesReport(ctx, 'receivables-ageing', { asOf: to })
      expect(ageing.total).toBe(receivablesInLedger(ctx, to))
    }
  })

  it('refuses a statement without a known contact, and an ambiguous name', () => {
    expect(() => runSalesReport(ctx, 'customer-statement', {})).toThrow(/needs --contact/)
    expect(() =>
      runSalesReport(ctx, 'customer-statement', { contact: 'Nobody', from: '2025-01-01' }),
    ).toThrow(/Nobody/)
    createContact(ctx, customerForm('Acme Ltd'))
    expect(() =>
      runSalesReport(ctx, 'sales-by-customer', { contact: 'Acme Ltd', to: '2025-12-31' }),
    ).toThrow(/More than one contact is called Acme Ltd/)
  })

  it('sums sales by customer, product and month, credit notes off, cancelled out', () => {
    const range = { from: '2025-01-01', to: '2025-03-31' }
    const byCustomer = runSalesReport(ctx, 'sales-by-customer', range)
    expect(
      byCustomer.rows.map((r) => [r.contactName, r.invoices, r.creditNotes, r.net, r.tax, r.gross]),
    ).toEqual([
      ['Acme Ltd', 2, 1, 20000n, 2000n, 22000n],
      ['Beta Co', 1, 0, 5500n, 0n, 5500n],
    ])
    expect(byCustomer.totals).toEqual({ net: 25500n, tax: 2000n, gross: 27500n })
    const byProduct = runSalesReport(ctx, 'sales-by-product', range)
    expect(byProduct.rows.map((r) => [r.code, r.quantity, r.net, r.gross])).toEqual([
      ['W1', 2000n, 20000n, 22000n],
      ['', 1000n, 5500n, 5500n],
    ])
    expect(byProduct.totals).toEqual(byCustomer.totals)
    const byMonth = runSalesReport(ctx, 'sales-by-month', { ...range, contact: acme })
    expect(byMonth.rows.map((r) => [r.month, r.net])).toEqual([
      ['2025-01', 20000n],
      ['2025-02', 0n],
      ['2025-03', 0n],
    ])
  })

  it('summarises tax per code and ties out to the tax accounts in the ledger', () => {
    for (const [from, to] of [
      ['2025-01-01', '2025-01-31'],
      ['2025-02-01', '2025-02-28'],
      ['2025-03-01', '2025-03-31'],
      ['2025-01-01', '2025-12-31'],
    ] as const) {
      const summary = runSalesReport(ctx, 'tax-summary', { from, to })
      expect(summary.tieOut.difference, `${from}..${to}`).toBe(0n)
      expect(summary.tieOut.ledgerMovement).toBe(summary.totals.net)
    }
    const february = runSalesReport(ctx, 'tax-summary', { from: '2025-02-01', to: '2025-02-28' })
    // 10.00 invoiced, 10.00 credited, 30.00 on the invoice cancelled in March.
    expect(february.rows.map((r) => [r.code, r.taxable, r.output])).toEqual([
      ['VAT10', 30000n, 3000n],
    ])
    expect(february.input.map((r) => [r.accountCode, r.amount])).toEqual([['2200', 1000n]])
    expect(february.totals).toEqual({ taxable: 30000n, output: 3000n, input: 1000n, net: 2000n })
    const march = runSalesReport(ctx, 'tax-summary', { from: '2025-03-01', to: '2025-03-31' })
    expect(march.rows.map((r) => [r.code, r.taxable, r.output])).toEqual([
      ['VAT10', -30000n, -3000n],
      ['', 5500n, 0n],
    ])
  })

  it('exports as JSON with decimal strings, CSV and a table', () => {
    const ageing = runSalesReport(ctx, 'receivables-ageing', {
      asOf: '2025-03-31',
      buckets: [15, 45],
    })
    const json = JSON.parse(formatSalesReport(ageing, 'receivables-ageing', 'json')) as {
      buckets: string[]
      total: string
    }
    expect(json.buckets).toEqual(['Current', '1-15', '16-45', '45+'])
    expect(json.total).toBe('175.00')
    const tax = runSalesReport(ctx, 'tax-summary', { from: '2025-02-01', to: '2025-02-28' })
    expect(formatSalesReport(tax, 'tax-summary', 'csv')).toContain('Difference')
    const statement = runSalesReport(ctx, 'customer-statement', {
      contact: acme,
      from: '2025-02-01',
      to: '2025-02-28',
    })
    const table = formatSalesReport(statement, 'customer-statement', 'table')
    expect(table).toContain('Closing balance')
    expect(table).toContain('120.00')
  })

  it('serves the statement, sales and tax reports over RPC', async () => {
    const db = ctx.path
    ctx.close()
    const session = new EngineSession({
      homeDir: path.dirname(db),
      companiesDir: path.dirname(db),
      userName: 'tester',
    })
    try {
      await call(session, 'company.open', { path: db })
      const range = { from: '2025-02-01', to: '2025-02-28' }
      const statement = await call(session, 'reports.customerStatement', {
        ...range,
        contact: acme,
      })
      expect(statement.closing).toBe(12000n)
      const sales = await call(session, 'reports.salesByMonth', { ...range, contact: 'Beta Co' })
      expect(sales.totals.net).toBe(0n)
      const tax = await call(session, 'reports.taxSummary', range)
      expect(tax.tieOut.difference).toBe(0n)
      const refused = await dispatch(session, 'reports.customerStatement', {
        ...range,
        contact: 'Nobody',
      })
      expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } })
    } finally {
      session.close()
    }
  })

  it('prints the reports on the CLI', () => {
    const dir = path.dirname(ctx.path)
    const db = ctx.path
    ctx.close()
    const statement = runCli(
      [
        'report',
        'customer-statement',
        '--db',
        db,
        '--contact',
        'Acme Ltd',
        '--from',
        '2025-02-01',
        '--to',
        '2025-02-28',
        '--format',
        'json',
      ],
      dir,
    )
    expect(statement.stderr).toBe('')
    expect(JSON.parse(statement.stdout)).toMatchObject({ opening: '220.00', closing: '120.00' })
    const ageing = runCli(
      [
        'report',
        'receivables-ageing',
        '--db',
        db,
        '--as-of',
        '2025-03-31',
        '--buckets',
        '30,60',
        '--format',
        'csv',
      ],
      dir,
    )
    expect(ageing.code).toBe(0)
    expect(ageing.stdout.split('\n')[0]).toBe('contact,current,1-30,31-60,60+,total')
    const wrong = runCli(['report', 'tax-summary', '--db', db, '--contact', 'Acme Ltd'], dir)
    expect(wrong.code).not.toBe(0)
    expect(wrong.stderr).toMatch(/--contact is for/)
  })
})
