import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { savePurchaseOrderDraft } from '../../src/main/engine/purchasing/bills'
import { cancelBill } from '../../src/main/engine/purchasing/post-purchase'
import {
  billOrder,
  closePurchaseOrder,
  getPurchaseOrder,
  issuePurchaseOrder,
  listPurchaseOrders,
} from '../../src/main/engine/purchasing/purchase-orders'
import { paySupplier } from '../../src/main/engine/purchasing/supplier-payments'
import { call } from '../../src/main/engine/rpc/dispatch'
import { getDocument } from '../../src/main/engine/sales/documents'
import { rpcCompany } from '../helpers/rpc-company'
import { tempCompany } from '../helpers/temp-company'
import { supplierForm } from '../helpers/contacts'
import { postDebitNote, purchasingSetup } from './purchasing-fixture'

const entries = (ctx: CompanyContext) =>
  (ctx.sqlite.prepare('SELECT count(*) AS n FROM journal_entry').get() as { n: bigint }).n

/** An issued order for 10 parts at 50.00 and 5 reams of paper at 20.00, 10% tax on both. */
async function issuedOrder() {
  const ctx = await tempCompany()
  const setup = purchasingSetup(ctx)
  const draft = savePurchaseOrderDraft(ctx, {
    contactId: setup.supplier.id,
    date: '2024-03-01',
    lines: [
      { productId: setup.part.id, quantity: 10_000n },
      { productId: setup.paper.id, quantity: 5_000n },
    ],
  })
  expect(getPurchaseOrder(ctx, draft.id).flowStatus).toBe('draft')
  const order = issuePurchaseOrder(ctx, draft.id)
  return { ctx, ...setup, order }
}

describe('purchase orders', () => {
  it('issues a numbered order off the ledger, bills it in parts and shows its progress', async () => {
    const { ctx, order } = await issuedOrder()
    expect(order).toMatchObject({ number: 'PO-A-000001', flowStatus: 'open', gross: 66000n })
    expect(entries(ctx)).toBe(0n)

    const first = billOrder(ctx, {
      orderId: order.id,
      reference: 'PC-881',
      date: '2024-03-10',
      lines: [{ lineNo: 1, quantity: 6_000n }],
    })
    expect(first.number).toBe('BILL-A-000001')
    expect(getDocument(ctx, first.id)).toMatchObject({
      status: 'posted',
      reference: 'PC-881',
      sourceDocumentId: order.id,
      gross: 33000n, // 6 x 50.00 + 10%
      outstanding: 33000n,
    })
    const halfway = getPurchaseOrder(ctx, order.id)
    expect(halfway.flowStatus).toBe('open')
    expect(halfway.progress.map((l) => [l.ordered, l.invoiced, l.remaining])).toEqual([
      [10_000n, 6_000n, 4_000n],
      [5_000n, 0n, 5_000n],
    ])
    expect(halfway.bills).toEqual([
      { id: first.id, number: 'BILL-A-000001', status: 'posted', gross: 33000n },
    ])

    expect(() =>
      billOrder(ctx, {
        orderId: order.id,
        reference: 'PC-882',
        lines: [{ lineNo: 1, quantity: 5_000n }],
      }),
    ).toThrow('Line 1 (Part): 4 left to bill on PO-A-000001, 5 asked')
    expect(() => billOrder(ctx, { orderId: order.id, reference: 'pc-881' })).toThrow(
      "The supplier's invoice pc-881 is already entered as BILL-A-000001",
    )
    expect(() => billOrder(ctx, { orderId: order.id, reference: ' ' })).toThrow(
      "Enter the supplier's own invoice number",
    )

    const rest = billOrder(ctx, { orderId: order.id, reference: 'PC-882', date: '2024-03-20' })
    expect(getDocument(ctx, rest.id).lines.map((l) => l.quantity)).toEqual([4_000n, 5_000n])
    expect(getPurchaseOrder(ctx, order.id).flowStatus).toBe('billed')
    expect(() => billOrder(ctx, { orderId: order.id, reference: 'PC-883' })).toThrow(
      'PO-A-000001 is fully billed',
    )
    expect(listPurchaseOrders(ctx, { openOnly: true })).toEqual([])
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('frees what a cancelled bill took, and refuses more bills once closed by hand', async () => {
    const { ctx, order } = await issuedOrder()
    const bill = billOrder(ctx, { orderId: order.id, reference: 'PC-1', date: '2024-03-10' })
    expect(getPurchaseOrder(ctx, order.id).flowStatus).toBe('billed')
    cancelBill(ctx, bill.id, '2024-03-11')
    expect(getPurchaseOrder(ctx, order.id)).toMatchObject({
      flowStatus: 'open',
      bills: [{ id: bill.id, status: 'cancelled' }],
    })
    billOrder(ctx, {
      orderId: order.id,
      reference: 'PC-2',
      lines: [{ lineNo: 2, quantity: 1_000n }],
    })
    const closed = closePurchaseOrder(ctx, order.id, 'the parts are discontinued', '2024-03-15')
    expect(closed.flowStatus).toBe('closed')
    expect(closed.progress.map((l) => l.remaining)).toEqual([10_000n, 4_000n])
    expect(() => billOrder(ctx, { orderId: order.id, reference: 'PC-3' })).toThrow(
      'PO-A-000001 is closed; nothing more can be billed',
    )
    expect(() => closePurchaseOrder(ctx, order.id)).toThrow('PO-A-000001 is already closed')
  })

  it('bills a foreign order in its currency, at its rate', async () => {
    const ctx = await tempCompany()
    const { supplier, paper } = purchasingSetup(ctx)
    const draft = savePurchaseOrderDraft(ctx, {
      contactId: supplier.id,
      date: '2024-03-01',
      currency: 'EUR',
      rate: 1_100_000_000n,
      lines: [{ productId: paper.id, quantity: 2_000n, unitPrice: 1000n }],
    })
    const order = issuePurchaseOrder(ctx, draft.id)
    const bill = billOrder(ctx, { orderId: order.id, reference: 'EU-1', date: '2024-03-05' })
    expect(getDocument(ctx, bill.id)).toMatchObject({
      currency: 'EUR',
      rate: 1_100_000_000n,
      gross: 2200n, // 2 x 10.00 EUR + 10%
      baseGross: 2420n,
    })
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses to bill a draft order, and to issue one to a contact that is not a supplier', async () => {
    const ctx = await tempCompany()
    const { supplier, paper } = purchasingSetup(ctx)
    const draft = savePurchaseOrderDraft(ctx, {
      contactId: supplier.id,
      date: '2024-03-01',
      lines: [{ productId: paper.id, quantity: 1_000n }],
    })
    expect(() => billOrder(ctx, { orderId: draft.id, reference: 'X' })).toThrow(
      'Purchase order is still a draft; issue it first',
    )
    expect(entries(ctx)).toBe(0n)
  })

  it('serves orders, bills from them, supplier payments and debit notes over RPC', async () => {
    const { session, code } = await rpcCompany()
    const supplier = await call(session, 'contacts.create', supplierForm('Mill'))
    const draft = await call(session, 'purchaseOrders.saveDraft', {
      contactId: supplier.id,
      date: '2024-04-01',
      lines: [
        { description: 'Flour', quantity: 3_000n, unitPrice: 1000n, accountId: code('5100') },
      ],
    })
    expect(draft.flowStatus).toBe('draft')
    const order = await call(session, 'purchaseOrders.issue', { id: draft.id })
    expect(order).toMatchObject({ number: 'PO-A-000001', flowStatus: 'open' })
    const bill = await call(session, 'purchaseOrders.bill', {
      orderId: order.id,
      reference: 'M-1',
      date: '2024-04-05',
      lines: [{ lineNo: 1, quantity: 1_000n }],
    })
    expect(await call(session, 'purchaseOrders.get', { id: order.id })).toMatchObject({
      flowStatus: 'open',
      progress: [{ invoiced: 1_000n, remaining: 2_000n }],
    })
    expect(await call(session, 'purchaseOrders.list', { openOnly: true })).toHaveLength(1)
    const ctx = session.requireCompany()
    paySupplier(ctx, {
      contactId: supplier.id,
      date: '2024-04-20',
      accountId: code('1120'),
      amount: 1000n,
    })
    postDebitNote(ctx, bill.id, supplier.id, '2024-04-06', [
      { description: 'Short weight', quantity: 1_000n, unitPrice: 100n, accountId: code('5100') },
    ])
    expect(await call(session, 'supplierPayments.list', {})).toMatchObject([
      { contactName: 'Mill', amount: 1000n, allocations: [{ number: bill.number }] },
    ])
    expect(await call(session, 'debitNotes.list', { contactId: supplier.id })).toMatchObject([
      { number: 'DN-A-000001', gross: 100n, sourceDocumentId: bill.id },
    ])
    session.close()
  })
})
