import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { cancelStockDocument } from '../../src/main/engine/inventory/cancel'
import { linesFromSource } from '../../src/main/engine/inventory/sources'
import { saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { issueDocument } from '../../src/main/engine/sales/issue-document'
import { invoiceOrder } from '../../src/main/engine/sales/orders'
import { postInvoice, salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { entryLines } from '../helpers/entry-lines'
import { postBill, purchasingSetup } from './purchasing-fixture'
import {
  addWarehouse,
  balance,
  deliver,
  mainWarehouse,
  moveValue,
  onHandOf,
  post,
  postFrom,
  receive,
  stockItem,
} from './inventory-fixture'

describe('cancelling stock documents', () => {
  it('reverses a receipt: stock, inventory and goods received back to nothing', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    const receipt = receive(ctx, '2026-01-10', item, 10_000n, 100n)
    const cancelled = cancelStockDocument(ctx, receipt.id, '2026-01-12')
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledOn: '2026-01-12',
      value: 1_000n,
    })
    expect(entryLines(ctx, cancelled.cancelEntryId!)).toEqual([
      ['1300', 0n, 1_000n],
      ['2150', 1_000n, 0n],
    ])
    expect(onHandOf(ctx, item.id)).toBe(0n)
    expect([balance(ctx, '1300'), balance(ctx, '2150')]).toEqual([0n, 0n])
    expect(balance(ctx, '1300', '2026-01-11')).toBe(1_000n)
    expect(() => cancelStockDocument(ctx, receipt.id, '2026-01-12')).toThrow(/Only a posted/)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('refuses to cancel a receipt whose stock has gone, or before the document date', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    const receipt = receive(ctx, '2026-01-10', item, 10_000n, 100n)
    deliver(ctx, '2026-01-11', item, 8_000n)
    expect(() => cancelStockDocument(ctx, receipt.id, '2026-01-12')).toThrow('short by 8 pc')
    expect(() => cancelStockDocument(ctx, receipt.id, '2026-01-09')).toThrow(/before its date/)
    expect(onHandOf(ctx, item.id)).toBe(2_000n)
  })

  it('brings a cancelled delivery back at the value it left with, and undoes a transfer', async () => {
    const ctx = await tempCompany()
    const item = stockItem(ctx, 'A')
    const shop = addWarehouse(ctx, 'SHOP')
    receive(ctx, '2026-01-10', item, 10_000n, 100n)
    receive(ctx, '2026-01-10', item, 10_000n, 200n)
    const delivery = deliver(ctx, '2026-01-11', item, 12_000n)
    expect(delivery.value).toBe(-1_400n)
    const cancelled = cancelStockDocument(ctx, delivery.id, '2026-01-12')
    expect(entryLines(ctx, cancelled.cancelEntryId!)).toEqual([
      ['1300', 1_400n, 0n],
      ['5100', 0n, 1_400n],
    ])
    expect([balance(ctx, '1300'), balance(ctx, '5100')]).toEqual([3_000n, 0n])
    const transfer = post(
      ctx,
      'transfer',
      '2026-01-13',
      [{ productId: item.id, quantity: 5_000n }],
      {
        toWarehouseId: shop,
      },
    )
    cancelStockDocument(ctx, transfer.id, '2026-01-13')
    expect(onHandOf(ctx, item.id, mainWarehouse(ctx))).toBe(20_000n)
    expect(onHandOf(ctx, item.id, shop)).toBe(0n)
    expect(balance(ctx, '1300')).toBe(moveValue(ctx))
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })
})

describe('receipts and deliveries from documents', () => {
  it('receives a bill in parts at its price, and receipt plus bill clear goods received', async () => {
    const ctx = await tempCompany()
    const { supplier, part, paper } = purchasingSetup(ctx)
    const bill = postBill(ctx, supplier.id, '2026-02-01', 'SUP-1', [
      { productId: paper.id, quantity: 1_000n },
      { productId: part.id, quantity: 2_000n },
    ])
    expect(linesFromSource(ctx, bill.id, 'receipt')).toMatchObject([
      {
        sourceLineNo: 2,
        productId: part.id,
        ordered: 2_000n,
        done: 0n,
        remaining: 2_000n,
        unitCost: 5000n,
      },
    ])
    const first = postFrom(ctx, 'receipt', '2026-02-02', bill, [
      { productId: part.id, quantity: 1_500n, sourceLineNo: 2 },
    ])
    expect(first).toMatchObject({ contactId: supplier.id, value: 7_500n })
    expect(linesFromSource(ctx, bill.id, 'receipt')[0]).toMatchObject({
      done: 1_500n,
      remaining: 500n,
    })
    postFrom(ctx, 'receipt', '2026-02-03', bill, [
      { productId: part.id, quantity: 500n, sourceLineNo: 2 },
    ])
    expect(linesFromSource(ctx, bill.id, 'receipt')[0]!.remaining).toBe(0n)
    expect([balance(ctx, '2150'), balance(ctx, '1300')]).toEqual([0n, 10_000n])
    expect(() =>
      postFrom(ctx, 'delivery', '2026-02-03', bill, [{ productId: part.id, quantity: 500n }]),
    ).toThrow('A delivery comes from a sales order or invoice, not a bill')
  })

  it('counts what posted receipts from a purchase order moved, not cancelled ones', async () => {
    const ctx = await tempCompany()
    const { supplier, part } = purchasingSetup(ctx)
    const order = saveDocumentDraft(ctx, 'purchase_order', {
      contactId: supplier.id,
      date: '2026-02-01',
      lines: [{ productId: part.id, quantity: 4_000n }],
    })
    issueDocument(ctx, order.id, 'purchase_order')
    const receipt = postFrom(ctx, 'receipt', '2026-02-02', order, [
      { productId: part.id, quantity: 4_000n, sourceLineNo: 1 },
    ])
    expect(linesFromSource(ctx, order.id, 'receipt')[0]!.remaining).toBe(0n)
    cancelStockDocument(ctx, receipt.id, '2026-02-02')
    expect(linesFromSource(ctx, order.id, 'receipt')[0]!.remaining).toBe(4_000n)
  })

  it('delivers an invoice in parts', async () => {
    const ctx = await tempCompany()
    const { customer, product } = salesSetup(ctx)
    receive(ctx, '2026-02-02', product, 5_000n, 100n)
    const invoice = postInvoice(ctx, customer.id, '2026-02-03', [
      { productId: product.id, quantity: 3_000n },
    ])
    postFrom(ctx, 'delivery', '2026-02-04', invoice, [
      { productId: product.id, quantity: 1_000n, sourceLineNo: 1 },
    ])
    expect(linesFromSource(ctx, invoice.id, 'delivery')).toMatchObject([
      { productId: product.id, ordered: 3_000n, done: 1_000n, remaining: 2_000n },
    ])
  })

  it('counts goods delivered against an order on its invoices, and the other way round', async () => {
    const ctx = await tempCompany()
    const { customer, product } = salesSetup(ctx)
    receive(ctx, '2026-02-02', product, 9_000n, 100n)
    const order = saveDocumentDraft(ctx, 'sales_order', {
      contactId: customer.id,
      date: '2026-02-03',
      lines: [{ productId: product.id, quantity: 6_000n }],
    })
    issueDocument(ctx, order.id, 'sales_order')
    const deliver = (sourceDocumentId: string, quantity: bigint) =>
      post(ctx, 'delivery', '2026-02-05', [{ productId: product.id, quantity, sourceLineNo: 1 }], {
        sourceDocumentId,
      })
    deliver(order.id, 4_000n)
    const first = invoiceOrder(ctx, { orderId: order.id, lines: [{ lineNo: 1, quantity: 5_000n }] })
    const left = (id: string) => linesFromSource(ctx, id, 'delivery')[0]!.remaining
    // 4 of the order's 6 went out before invoicing: the invoice of 5 has 1 left, the order 2.
    expect([left(order.id), left(first.id)]).toEqual([2_000n, 1_000n])
    deliver(first.id, 1_000n)
    expect([left(order.id), left(first.id)]).toEqual([1_000n, 0n])
    const second = invoiceOrder(ctx, { orderId: order.id })
    expect(left(second.id)).toBe(1_000n)
  })
})
