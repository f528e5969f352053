import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { payablesAgeing } from '../../src/main/engine/payables/payables-ageing'
import { applySupplierCredit } from '../../src/main/engine/sales/apply-credit'
import { getDocument } from '../../src/main/engine/sales/documents'
import { paymentSteps } from '../helpers/payments'
import type { CurrencyTerms } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { postBill, postDebitNote, purchasingSetup } from './purchasing-fixture'
import { entryLines } from '../helpers/entry-lines'

async function company() {
  const ctx = await tempCompany()
  const setup = purchasingSetup(ctx)
  /** One untaxed pack of paper at `price`. */
  const bill = (date: string, price: bigint, terms: CurrencyTerms) =>
    postBill(
      ctx,
      setup.supplier.id,
      date,
      `S-${date}`,
      [{ productId: setup.paper.id, quantity: 1000n, unitPrice: price, taxCodeId: null }],
      terms,
    )
  return { ctx, ...setup, bill, ...paymentSteps(ctx, setup.bank) }
}

describe("using a supplier's credit on a later bill", () => {
  it('pays a later EUR bill from EUR overpaid, posting the difference between the rates', async () => {
    const { ctx, supplier, bill, pay } = await company()
    const first = bill('2024-03-01', 10000n, { currency: 'EUR', rate: 1_100_000_000n })
    // 150.00 EUR at 1.12 for a 100.00 EUR bill: 50.00 EUR kept as credit (56.00 USD).
    const payment = pay(supplier, '2024-03-05', 15000n, {
      currency: 'EUR',
      rate: 1_120_000_000n,
      keepCredit: true,
      allocations: [{ documentId: first.id, amount: 10000n }],
    })
    expect(payment.unallocated).toBe(5000n)
    // 80.00 EUR at 1.05 = 84.00 USD owed; the credit pays 50.00 EUR of it.
    const second = bill('2024-04-01', 8000n, { currency: 'EUR', rate: 1_050_000_000n })
    const used = applySupplierCredit(ctx, { billId: second.id })
    expect(used).toMatchObject({
      applied: 5000n,
      outstanding: 3000n,
      sources: [{ number: payment.number, amount: 5000n }],
    })
    // The credit took 56.00 USD off payables; the 50.00 EUR it pays is 52.50 USD at the bill's
    // rate: 3.50 goes back on payables, a loss.
    expect(entryLines(ctx, used.journalEntryId!)).toEqual([
      ['2100', 0n, 350n],
      ['4950', 350n, 0n],
    ])
    expect(getDocument(ctx, second.id).outstanding).toBe(3000n)
    expect(payablesAgeing(ctx, { asOf: '2024-04-01' }).total).toBe(3150n)
    expect(checkCompany(ctx).problems).toEqual([])
  })

  it("uses a debit note's unused rest, and refuses what it cannot", async () => {
    const { ctx, supplier, paper, pay } = await company()
    const paid = postBill(ctx, supplier.id, '2024-01-10', 'A', [
      { productId: paper.id, quantity: 1000n },
    ])
    pay(supplier, '2024-01-12', 2200n, { allocations: [{ documentId: paid.id, amount: 2200n }] })
    // The bill is paid: the whole 22.00 note is the supplier's credit.
    const note = postDebitNote(ctx, paid.id, supplier.id, '2024-01-15', [
      { productId: paper.id, quantity: 1000n },
    ])
    const later = postBill(ctx, supplier.id, '2024-02-01', 'B', [
      { productId: paper.id, quantity: 3000n },
    ])
    expect(() => applySupplierCredit(ctx, { billId: later.id, amount: 3000n })).toThrow(
      'Parts Co has 22.00 USD of credit, less than 30.00 USD',
    )
    expect(() => applySupplierCredit(ctx, { billId: paid.id })).toThrow(/is paid in full/)
    const used = applySupplierCredit(ctx, { billId: later.id })
    expect(used).toMatchObject({
      applied: 2200n,
      outstanding: 4400n,
      journalEntryId: null,
      sources: [{ number: note.number, amount: 2200n }],
    })
    expect(() => applySupplierCredit(ctx, { billId: later.id })).toThrow(
      'Parts Co has no credit to use',
    )
    expect(checkCompany(ctx).problems).toEqual([])
  })
})
