import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { getEntry } from '../../src/main/engine/ledger/journal'
import { payablesAgeing } from '../../src/main/engine/payables/payables-ageing'
import { cancelBill } from '../../src/main/engine/purchasing/post-purchase'
import { paySupplier } from '../../src/main/engine/purchasing/supplier-payments'
import { getDocument } from '../../src/main/engine/sales/documents'
import { postInvoice } from '../helpers/sales-fixture'
import { accountId, tempCompany } from '../helpers/temp-company'
import { customerForm, supplierForm } from '../helpers/contacts'
import { ledgerPayable, postBill, postDebitNote, purchasingSetup } from './purchasing-fixture'
import { entryLines } from '../helpers/entry-lines'
import { paymentSteps } from '../helpers/payments'

describe('supplier payments, debit notes and cancelled bills', () => {
  it('pays part of a bill, then several bills oldest first, and keeps an overpayment only when asked', async () => {
    const ctx = await tempCompany()
    const { supplier, paper, bank } = purchasingSetup(ctx)
    const { pay } = paymentSteps(ctx, bank)
    // 2 x 20.00 + 10% = 44.00, and 5 x 20.00 + 10% = 110.00
    const a = postBill(ctx, supplier.id, '2024-01-10', 'A', [
      { productId: paper.id, quantity: 2000n },
    ])
    const b = postBill(ctx, supplier.id, '2024-02-10', 'B', [
      { productId: paper.id, quantity: 5000n },
    ])
    const partial = pay(supplier, '2024-02-15', 1400n, {
      allocations: [{ documentId: a.id, amount: 1400n }],
    })
    expect(partial.number).toBe('BPAY-A-000001')
    expect(entryLines(ctx, partial.journalEntryId)).toEqual([
      ['2100', 1400n, 0n],
      ['1120', 0n, 1400n],
    ])
    expect(getEntry(ctx, partial.journalEntryId).source).toBe('supplier-payment')
    expect(getDocument(ctx, a.id).outstanding).toBe(3000n)
    const payOldestFirst = (amount: bigint, keepCredit?: boolean) =>
      pay(supplier, '2024-03-01', amount, { keepCredit })
    expect(() => payOldestFirst(20000n)).toThrow(
      "60.00 of the payment pays no bill; choose to keep it as Parts Co's credit",
    )
    expect(() =>
      pay(supplier, '2024-03-01', 5000n, { allocations: [{ documentId: a.id, amount: 5000n }] }),
    ).toThrow(/has 30.00 left to pay, less than the 50.00 allocated/)
    const across = payOldestFirst(20000n, true)
    expect(across.allocations.map((x) => [x.documentId, x.amount])).toEqual([
      [a.id, 3000n],
      [b.id, 11000n],
    ])
    expect(across.unallocated).toBe(6000n)
    expect(payablesAgeing(ctx, { asOf: '2024-03-01' }).total).toBe(-6000n)
    expect(payablesAgeing(ctx, { asOf: '2024-02-20' }).total).toBe(4400n + 11000n - 1400n)
    for (const asOf of ['2024-02-20', '2024-03-01'])
      expect(payablesAgeing(ctx, { asOf }).total).toBe(ledgerPayable(ctx, supplier.id, asOf))
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses paying a customer, another supplier’s bill, an invoice, or from a control account', async () => {
    const ctx = await tempCompany()
    const { supplier, paper, bank } = purchasingSetup(ctx)
    const customer = createContact(ctx, customerForm('Acme Ltd'))
    const other = createContact(ctx, supplierForm('Other'))
    const bill = postBill(ctx, supplier.id, '2024-01-10', 'A', [
      { productId: paper.id, quantity: 1000n },
    ])
    const invoice = postInvoice(ctx, customer.id, '2024-01-10', [
      { accountId: accountId(ctx, '4100'), quantity: 1000n, unitPrice: 500n },
    ])
    const pay = (contactId: string, documentId: string, account = bank) =>
      paySupplier(ctx, {
        contactId,
        date: '2024-01-20',
        accountId: account,
        amount: 100n,
        allocations: [{ documentId, amount: 100n }],
      })
    expect(() => pay(customer.id, bill.id)).toThrow('Acme Ltd is not a supplier')
    expect(() => pay(other.id, bill.id)).toThrow(
      'Allocation 1: choose a posted bill of this supplier',
    )
    expect(() => pay(supplier.id, invoice.id)).toThrow(/choose a posted bill of this supplier/)
    expect(() => pay(supplier.id, bill.id, accountId(ctx, '2100'))).toThrow(/control account/)
    expect(
      ctx.sqlite.prepare("SELECT count(*) AS n FROM payment WHERE direction = 'paid'").get(),
    ).toEqual({ n: 0n })
  })

  it('debits a bill with a debit note, keeps any rest as the supplier’s debit, and refuses more than the bill', async () => {
    const ctx = await tempCompany()
    const { supplier, paper, bank } = purchasingSetup(ctx)
    const { pay } = paymentSteps(ctx, bank)
    const bill = postBill(ctx, supplier.id, '2024-01-10', 'A', [
      { productId: paper.id, quantity: 4000n },
    ])
    pay(supplier, '2024-01-20', 6600n)
    // 8800 owed, 6600 paid: a 1 x 20.00 + 10% = 22.00 note closes the bill exactly.
    const note = postDebitNote(ctx, bill.id, supplier.id, '2024-01-25', [
      { productId: paper.id, quantity: 1000n },
    ])
    expect(note.number).toBe('DN-A-000001')
    expect(note.warnings).toEqual([])
    expect(entryLines(ctx, note.journalEntryId)).toEqual([
      ['2100', 2200n, 0n],
      ['6400', 0n, 2000n],
      ['1450', 0n, 200n],
    ])
    expect(getEntry(ctx, note.journalEntryId).source).toBe('debit-note')
    expect(getDocument(ctx, bill.id).outstanding).toBe(0n)
    const second = postDebitNote(ctx, bill.id, supplier.id, '2024-01-26', [
      { productId: paper.id, quantity: 2000n },
    ])
    expect(second.warnings).toEqual(["44.00 is kept as Parts Co's debit"])
    expect(getDocument(ctx, second.id).outstanding).toBe(4400n)
    expect(payablesAgeing(ctx, { asOf: '2024-01-31' }).total).toBe(-4400n)
    expect(() =>
      postDebitNote(ctx, bill.id, supplier.id, '2024-01-27', [
        { productId: paper.id, quantity: 1500n },
      ]),
    ).toThrow(
      `${bill.number} is for 88.00 and 66.00 of it is already debited; this debit note is for 33.00`,
    )
    expect(() =>
      postDebitNote(ctx, note.id, supplier.id, '2024-01-27', [
        { productId: paper.id, quantity: 1n },
      ]),
    ).toThrow('A debit note is made against a posted bill')
    for (const asOf of ['2024-01-24', '2024-01-31'])
      expect(payablesAgeing(ctx, { asOf }).total).toBe(ledgerPayable(ctx, supplier.id, asOf))
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('cancels an unpaid bill by reversal, freeing its reference, and refuses to cancel a paid one', async () => {
    const ctx = await tempCompany()
    const { supplier, paper, bank } = purchasingSetup(ctx)
    const { pay } = paymentSteps(ctx, bank)
    const bill = postBill(ctx, supplier.id, '2024-01-10', 'A', [
      { productId: paper.id, quantity: 1000n },
    ])
    expect(() => cancelBill(ctx, bill.id, '2024-01-09')).toThrow(
      /cannot be dated before 2024-01-10/,
    )
    const cancelled = cancelBill(ctx, bill.id, '2024-01-15')
    expect(entryLines(ctx, cancelled.journalEntryId)).toEqual([
      ['2100', 2200n, 0n],
      ['6400', 0n, 2000n],
      ['1450', 0n, 200n],
    ])
    expect(getDocument(ctx, bill.id)).toMatchObject({ status: 'cancelled', outstanding: 0n })
    expect(payablesAgeing(ctx, { asOf: '2024-01-12' }).total).toBe(2200n)
    expect(payablesAgeing(ctx, { asOf: '2024-01-15' }).total).toBe(0n)
    expect(() => cancelBill(ctx, bill.id)).toThrow(
      'Only a posted bill can be cancelled; this one is cancelled',
    )
    const again = postBill(ctx, supplier.id, '2024-01-16', 'A', [
      { productId: paper.id, quantity: 1000n },
    ])
    pay(supplier, '2024-01-20', 100n)
    expect(() => cancelBill(ctx, again.id)).toThrow(
      `${again.number} has payments or debit notes against it; issue a debit note instead`,
    )
    expect(() => cancelBill(ctx, 'nope')).toThrow('Bill nope was not found')
    for (const asOf of ['2024-01-12', '2024-01-20'])
      expect(payablesAgeing(ctx, { asOf }).total).toBe(ledgerPayable(ctx, supplier.id, asOf))
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })
})
