import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { setLockDate } from '../../src/main/engine/company/lock-date'
import { createContact, setContactArchived } from '../../src/main/engine/contacts/contacts'
import { getEntry } from '../../src/main/engine/ledger/journal'
import { payablesAgeing } from '../../src/main/engine/payables/payables-ageing'
import { saveBillDraft, savePurchaseOrderDraft } from '../../src/main/engine/purchasing/bills'
import { postPurchaseDocument } from '../../src/main/engine/purchasing/post-purchase'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { getDocument } from '../../src/main/engine/sales/documents'
import { accountId, tempCompany } from '../helpers/temp-company'
import { customerForm, supplierForm } from '../helpers/contacts'
import { postBill, purchasingSetup } from './purchasing-fixture'
import { entryLines } from '../helpers/entry-lines'

describe('supplier bills', () => {
  it('posts a bill: stock into goods received not invoiced, the rest to its expense, input tax, payables credited', async () => {
    const ctx = await tempCompany()
    const { supplier, part, paper } = purchasingSetup(ctx)
    const ref = postBill(ctx, supplier.id, '2024-03-01', 'SUP-881', [
      { productId: part.id, quantity: 2000n },
      { productId: paper.id, quantity: 3000n },
    ])
    expect(ref.number).toBe('BILL-A-000001')
    // Part 2 x 50.00 = 100.00 + 10.00 tax; paper 3 x 20.00 = 60.00 + 6.00 tax; 176.00 owed.
    expect(entryLines(ctx, ref.journalEntryId)).toEqual([
      ['2100', 0n, 17600n],
      ['2150', 10000n, 0n],
      ['1450', 1600n, 0n],
      ['6400', 6000n, 0n],
    ])
    expect(getEntry(ctx, ref.journalEntryId)).toMatchObject({
      source: 'bill',
      reference: ref.number,
    })
    const bill = getDocument(ctx, ref.id)
    expect(bill).toMatchObject({
      type: 'bill',
      status: 'posted',
      reference: 'SUP-881',
      dueDate: '2024-03-31',
      net: 16000n,
      tax: 1600n,
      gross: 17600n,
      outstanding: 17600n,
    })
    expect(bill.lines.map((l) => [l.unitPrice, l.accountId])).toEqual([
      [5000n, accountId(ctx, '2150')],
      [2000n, accountId(ctx, '6400')],
    ])
    const ageing = payablesAgeing(ctx, { asOf: '2024-03-01' })
    expect(ageing.rows).toEqual([
      {
        contactId: supplier.id,
        contactName: 'Parts Co',
        amounts: [17600n, 0n, 0n, 0n, 0n],
        total: 17600n,
      },
    ])
    // Due 2024-03-31: 76 days late on 2024-06-15, in 61-90.
    expect(payablesAgeing(ctx, { asOf: '2024-06-15' }).rows[0]!.amounts).toEqual([
      0n,
      0n,
      0n,
      17600n,
      0n,
    ])
    expect(receivablesAgeing(ctx, { asOf: '2024-03-01' }).rows).toEqual([])
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('takes a line account and price as given, and posts a bill with no tax', async () => {
    const ctx = await tempCompany()
    const { supplier } = purchasingSetup(ctx)
    const ref = postBill(ctx, supplier.id, '2024-03-01', 'R-1', [
      { accountId: accountId(ctx, '6100'), quantity: 1000n, unitPrice: 120000n },
    ])
    expect(entryLines(ctx, ref.journalEntryId)).toEqual([
      ['2100', 0n, 120000n],
      ['6100', 120000n, 0n],
    ])
  })

  it('refuses a missing or repeated supplier reference, and allows it for another supplier', async () => {
    const ctx = await tempCompany()
    const { supplier, paper } = purchasingSetup(ctx)
    const line = [{ productId: paper.id, quantity: 1000n }]
    expect(() =>
      saveBillDraft(ctx, {
        contactId: supplier.id,
        date: '2024-03-01',
        reference: '  ',
        lines: line,
      }),
    ).toThrow(/supplier's own invoice number/)
    const first = postBill(ctx, supplier.id, '2024-03-01', 'INV-77', line)
    // A second draft with the same number, saved before the first was posted, is refused at posting.
    expect(() => postBill(ctx, supplier.id, '2024-03-02', ' inv-77 ', line)).toThrow(
      `The supplier's invoice inv-77 is already entered as ${first.number}`,
    )
    const draft = saveBillDraft(ctx, {
      contactId: supplier.id,
      date: '2024-03-02',
      reference: 'INV-78',
      lines: line,
    })
    ctx.sqlite.prepare("UPDATE document SET reference = 'INV-77' WHERE id = ?").run(draft.id)
    expect(() => postPurchaseDocument(ctx, draft.id, 'bill')).toThrow(/already entered as/)
    const other = createContact(ctx, supplierForm('Other'))
    expect(postBill(ctx, other.id, '2024-03-02', 'INV-77', line).number).toBe('BILL-A-000002')
    expect(checkCompany(ctx).ok).toBe(true)
  })

  it('refuses a customer, an archived supplier, zero quantities, the control accounts and a locked period, changing nothing', async () => {
    const ctx = await tempCompany()
    const { supplier, paper } = purchasingSetup(ctx)
    const customer = createContact(ctx, customerForm('Buyer', { kind: 'person' }))
    const bill = (contactId: string, extra: object = {}) =>
      postBill(ctx, contactId, '2024-03-01', 'X-1', [
        { productId: paper.id, quantity: 1000n, ...extra },
      ])
    const before = ctx.sqlite.prepare('SELECT count(*) AS n FROM journal_entry').get()
    expect(() => bill(customer.id)).toThrow('Buyer is not a supplier')
    expect(() => bill(supplier.id, { quantity: 0n })).toThrow(/quantity must be more than zero/)
    expect(() => bill(supplier.id, { accountId: accountId(ctx, '2100') })).toThrow(
      /2100 is a control account/,
    )
    expect(() => bill(supplier.id, { accountId: accountId(ctx, '1200') })).toThrow(
      /1200 is a control account/,
    )
    expect(() => bill(supplier.id, { unitPrice: 0n })).toThrow(/must come to more than zero/)
    setLockDate(ctx, '2024-03-31')
    expect(() => bill(supplier.id)).toThrow(/locked up to 2024-03-31/)
    setLockDate(ctx, null)
    setContactArchived(ctx, supplier.id, true)
    expect(() => bill(supplier.id)).toThrow('Parts Co is archived')
    expect(ctx.sqlite.prepare('SELECT count(*) AS n FROM journal_entry').get()).toEqual(before)
    expect(ctx.sqlite.prepare('SELECT count(*) AS n FROM payable_item').get()).toEqual({ n: 0n })
  })

  it('keeps a purchase order off the ledger and the payables', async () => {
    const ctx = await tempCompany()
    const { supplier, part } = purchasingSetup(ctx)
    const order = savePurchaseOrderDraft(ctx, {
      contactId: supplier.id,
      date: '2024-03-01',
      lines: [{ productId: part.id, quantity: 10000n }],
    })
    expect(order).toMatchObject({ type: 'purchase_order', status: 'draft', gross: 55000n })
    expect(payablesAgeing(ctx, { asOf: '2024-03-01' }).total).toBe(0n)
  })
})
