import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { setLockDate } from '../../src/main/engine/company/lock-date'
import { deleteContact } from '../../src/main/engine/contacts/contacts'
import { getEntry } from '../../src/main/engine/ledger/journal'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { getDocument, saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { cancelInvoice, postDocument } from '../../src/main/engine/sales/post-document'
import { setSalesSettings } from '../../src/main/engine/sales/sales-settings'
import { postCreditNote, postInvoice, salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { entryLines } from '../helpers/entry-lines'
import { paymentSteps } from '../helpers/payments'

describe('sales invoices, payments and credit notes', () => {
  it('posts an invoice with its journal and open item, and numbers it', async () => {
    const ctx = await tempCompany()
    const { customer, product } = salesSetup(ctx)
    const ref = postInvoice(ctx, customer.id, '2024-03-01', [
      { productId: product.id, quantity: 1500n },
    ])
    expect(ref.number).toBe('INV-A-000001')
    // 1.5 x 100.00 = 150.00, tax 15.00
    expect(entryLines(ctx, ref.journalEntryId)).toEqual([
      ['1200', 16500n, 0n],
      ['4100', 0n, 15000n],
      ['2200', 0n, 1500n],
    ])
    const invoice = getDocument(ctx, ref.id)
    expect(invoice).toMatchObject({ status: 'posted', dueDate: '2024-03-31', gross: 16500n })
    expect(invoice.outstanding).toBe(16500n)
    expect(getEntry(ctx, ref.journalEntryId)).toMatchObject({
      source: 'invoice',
      reference: ref.number,
    })
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('takes partial payments, one payment across invoices, and keeps overpayment as credit', async () => {
    const ctx = await tempCompany()
    const { customer, product, bank } = salesSetup(ctx)
    const { receive } = paymentSteps(ctx, bank)
    const a = postInvoice(ctx, customer.id, '2024-01-10', [
      { productId: product.id, quantity: 1000n },
    ])
    postInvoice(ctx, customer.id, '2024-02-10', [{ productId: product.id, quantity: 2000n }])
    const partial = receive(customer, '2024-02-15', 5000n, {
      allocations: [{ documentId: a.id, amount: 5000n }],
    })
    expect(partial.number).toBe('PAY-A-000001')
    expect(entryLines(ctx, partial.journalEntryId)).toEqual([
      ['1120', 5000n, 0n],
      ['1200', 0n, 5000n],
    ])
    expect(getDocument(ctx, a.id).outstanding).toBe(6000n)
    expect(() => receive(customer, '2024-03-01', 40000n)).toThrow(
      /pays no invoice; choose to keep it/,
    )
    const across = receive(customer, '2024-03-01', 40000n, { keepCredit: true })
    expect(across.allocations.map((x) => x.amount)).toEqual([6000n, 22000n])
    expect(across.unallocated).toBe(12000n)
    const ageing = receivablesAgeing(ctx, { asOf: '2024-03-01' })
    expect(ageing.total).toBe(-12000n)
    expect(receivablesAgeing(ctx, { asOf: '2024-02-20' }).total).toBe(11000n + 22000n - 5000n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('credits an invoice, settling it and keeping any rest as credit', async () => {
    const ctx = await tempCompany()
    const { customer, product, bank } = salesSetup(ctx)
    const { receive } = paymentSteps(ctx, bank)
    const inv = postInvoice(ctx, customer.id, '2024-01-10', [
      { productId: product.id, quantity: 2000n },
    ])
    receive(customer, '2024-01-20', 20000n)
    const note = postCreditNote(ctx, inv.id, customer.id, '2024-01-25', [
      { productId: product.id, quantity: 1000n },
    ])
    expect(note.number).toBe('CN-A-000001')
    expect(entryLines(ctx, note.journalEntryId)).toEqual([
      ['1200', 0n, 11000n],
      ['4100', 10000n, 0n],
      ['2200', 1000n, 0n],
    ])
    expect(getDocument(ctx, inv.id).outstanding).toBe(0n)
    expect(receivablesAgeing(ctx, { asOf: '2024-01-31' }).total).toBe(-9000n)
    expect(() =>
      postCreditNote(ctx, inv.id, customer.id, '2024-01-26', [
        { productId: product.id, quantity: 1500n },
      ]),
    ).toThrow(/already credited/)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('cancels an unpaid invoice by reversal, and refuses to cancel a paid one', async () => {
    const ctx = await tempCompany()
    const { customer, product, bank } = salesSetup(ctx)
    const { receive } = paymentSteps(ctx, bank)
    const inv = postInvoice(ctx, customer.id, '2024-01-10', [
      { productId: product.id, quantity: 1000n },
    ])
    const cancelled = cancelInvoice(ctx, inv.id, '2024-01-12')
    expect(getEntry(ctx, cancelled.journalEntryId).reversesId).toBe(inv.journalEntryId)
    expect(getDocument(ctx, inv.id).status).toBe('cancelled')
    expect(receivablesAgeing(ctx, { asOf: '2024-01-11' }).total).toBe(11000n)
    expect(receivablesAgeing(ctx, { asOf: '2024-01-12' }).total).toBe(0n)
    const paid = postInvoice(ctx, customer.id, '2024-01-10', [
      { productId: product.id, quantity: 1000n },
    ])
    receive(customer, '2024-01-20', 100n)
    expect(() => cancelInvoice(ctx, paid.id)).toThrow(/issue a credit note instead/)
    expect(() => deleteContact(ctx, customer.id)).toThrow(/archive it instead/)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses bad input and changes nothing', async () => {
    const ctx = await tempCompany()
    const { customer, product, bank } = salesSetup(ctx, 20000n)
    const { receive } = paymentSteps(ctx, bank)
    const count = () => ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get()
    const before = count()
    const draft = (quantity: bigint) =>
      saveDocumentDraft(ctx, 'invoice', {
        contactId: customer.id,
        date: '2024-01-10',
        lines: [{ productId: product.id, quantity }],
      })
    expect(() => draft(0n)).toThrow(/quantity must be more than zero/)
    expect(() => draft(-5n)).toThrow(/quantity must be more than zero/)
    expect(() =>
      saveDocumentDraft(ctx, 'invoice', {
        contactId: customer.id,
        date: '2024-01-10',
        currency: 'EUR',
        lines: [{ productId: product.id, quantity: 1000n }],
      }),
    ).toThrow(/Give the exchange rate from EUR to USD/)
    expect(count()).toEqual(before)

    const inv = postInvoice(ctx, customer.id, '2024-01-10', [
      { productId: product.id, quantity: 1000n },
    ])
    expect(() =>
      receive(customer, '2024-01-11', 12000n, {
        allocations: [{ documentId: inv.id, amount: 12000n }],
      }),
    ).toThrow(/110.00 left to pay/)
    expect(() => receive(customer, '2024-01-11', 0n)).toThrow(/more than zero/)

    // Credit limit 200.00: a second invoice of 110.00 passes it.
    const second = postInvoice(ctx, customer.id, '2024-01-11', [
      { productId: product.id, quantity: 1000n },
    ])
    expect(second.warnings[0]).toMatch(/over the credit limit of 200.00/)
    setSalesSettings(ctx, { creditLimitPolicy: 'refuse' })
    const third = draft(1000n)
    expect(() => postDocument(ctx, third.id, 'invoice')).toThrow(/over the credit limit/)
    expect(getDocument(ctx, third.id).status).toBe('draft')

    setLockDate(ctx, '2024-01-31')
    setSalesSettings(ctx, { creditLimitPolicy: 'warn' })
    expect(() => postDocument(ctx, third.id, 'invoice')).toThrow(/locked up to 2024-01-31/)
    expect(() => receive(customer, '2024-01-20', 100n)).toThrow(/locked/)
    expect(() =>
      ctx.sqlite.prepare('UPDATE document SET gross = 1 WHERE id = ?').run(inv.id),
    ).toThrow(/never change/)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('rounds tax per document when the company says so', async () => {
    const ctx = await tempCompany()
    const { customer, tax } = salesSetup(ctx)
    setSalesSettings(ctx, { taxRounding: 'document' })
    const account = (await import('../helpers/temp-company')).accountId(ctx, '4200')
    const line = { accountId: account, taxCodeId: tax.id, quantity: 1000n, unitPrice: 5n }
    const ref = postInvoice(ctx, customer.id, '2024-01-10', [line, line, line])
    // 0.05 x 10% = 0.005 per line: 0.03 rounded per line, 0.02 (0.015) per document
    expect(getDocument(ctx, ref.id).tax).toBe(2n)
  })
})
