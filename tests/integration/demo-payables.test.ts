import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { importJournal } from '../../src/main/engine/import/import-journal'
import { payablesAgeing } from '../../src/main/engine/payables/payables-ageing'
import { listSupplierPayments } from '../../src/main/engine/purchasing/supplier-payments'
import { listDocuments } from '../../src/main/engine/sales/documents'
import { runCli } from '../fixtures/run-cli'
import { tempCompany, tempDir } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'

describe('demo payables', () => {
  it("posts the wholesaler's restocking as bills and payments, so payables equal the ageing", async () => {
    const ctx = await tempCompany()
    generateDemo(ctx, { seed: 1, today: '2026-03-18' })
    const handLines = ctx.sqlite
      .prepare(
        `SELECT count(*) AS n FROM journal_line l JOIN account a ON a.id = l.account_id
         WHERE a.code = '2100' AND l.entry_id NOT IN (
           SELECT journal_entry_id FROM document WHERE journal_entry_id IS NOT NULL
           UNION SELECT cancel_entry_id FROM document WHERE cancel_entry_id IS NOT NULL
           UNION SELECT journal_entry_id FROM payment)`,
      )
      .get() as { n: bigint }
    expect(handLines.n).toBe(0n)

    const wholesaler = ctx.sqlite
      .prepare("SELECT id FROM contact WHERE name = 'Cornerstone Wholesale'")
      .get() as { id: string }
    const bills = listDocuments(ctx, 'bill', wholesaler.id)
    expect(bills.length).toBeGreaterThan(45) // weekly for a year
    expect(bills[0]).toMatchObject({ reference: 'WH-1001', status: 'posted', tax: 0n })
    // Paid two weeks on: at the end of last month only the last two or three were still open,
    // and this month each has been paid as it fell due.
    const open = bills.filter((bill) => bill.outstanding > 0n)
    expect(open.every((bill) => bill.dueDate > '2026-03-18')).toBe(true)
    const payments = listSupplierPayments(ctx, wholesaler.id)
    expect(payments).toHaveLength(bills.length - open.length)
    const paidThisMonth = payments.filter((payment) => payment.date > '2026-02-28')
    expect(paidThisMonth.length).toBeGreaterThan(0)
    expect(paidThisMonth.length).toBeLessThan(4)

    const ledger = ctx.sqlite
      .prepare(
        `SELECT sum(l.credit - l.debit) AS owed FROM journal_line l JOIN account a ON a.id = l.account_id
         WHERE a.code = '2100'`,
      )
      .get() as { owed: bigint }
    expect(payablesAgeing(ctx, { asOf: '2026-03-18' }).total).toBe(ledger.owed)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('makes a demo company that passes daftar check', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.daftar')
    const init = runCli(['init', db, '--name', 'Demo Shop', '--currency', 'USD', '--demo'], dir)
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    const check = runCli(['check', '--db', db], dir)
    expect(check.stderr).toBe('')
    expect(check.code).toBe(0)
  })
})

describe('journals and the control accounts', () => {
  it('refuses a journal file that posts to payables, as a journal typed in', async () => {
    const ctx = await tempCompany()
    const result = importJournal(
      ctx,
      [
        'date,reference,account,debit,credit,memo',
        '2026-01-06,P-1,5100,80.50,,Stock',
        '2026-01-06,P-1,2100,,80.50,Stock',
      ].join('\n'),
    )
    expect(problemLines(result.problems)).toEqual([
      'line 3, account: Account 2100 is a control account: bills, debit notes and supplier payments keep it; a journal entry may not post to it',
    ])
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })
})
