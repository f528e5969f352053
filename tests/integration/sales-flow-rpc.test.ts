import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/engine/rpc/dispatch'
import { fromWire, toWire } from '../../src/shared/rpc/wire'
import { rpcCompany } from '../helpers/rpc-company'
import { customerForm } from '../helpers/contacts'

/** The smallest valid PNG: 1 x 1, one grey pixel. */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABc3UBGAAAAABJRU5ErkJggg=='

describe('the sales flow over the RPC contract', () => {
  it('quotes, orders, invoices in part, sells for cash and prints, as the screens will', async () => {
    const { session, code } = await rpcCompany()
    try {
      const customer = await call(session, 'contacts.create', customerForm('Acme'))
      const product = await call(session, 'products.create', {
        code: 'TEA-500',
        name: 'Green tea 500 g',
        kind: 'stocked',
        salesPrice: 1250n,
        incomeAccountId: code('4100'),
        expenseAccountId: code('5100'),
      })

      const draft = await call(session, 'quotes.saveDraft', {
        contactId: customer.id,
        date: '2024-05-01',
        lines: [{ productId: product.id, quantity: 8_000n }],
      })
      expect(draft.flowStatus).toBe('draft')
      const issued = await call(session, 'quotes.issue', { id: draft.id })
      expect(issued).toMatchObject({ number: 'QT-A-000001', flowStatus: 'issued' })
      const order = await call(session, 'quotes.acceptIntoOrder', {
        id: draft.id,
        date: '2024-05-02',
      })
      expect(order).toMatchObject({ number: 'SO-A-000001', flowStatus: 'open' })

      const over = await dispatch(session, 'salesOrders.invoice', {
        orderId: order.id,
        lines: [{ lineNo: 1, quantity: 9_000n }],
      })
      expect(over).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { field: 'lines.0.quantity', line: 1 } },
      })
      const part = await call(session, 'salesOrders.invoice', {
        orderId: order.id,
        date: '2024-05-03',
        lines: [{ lineNo: 1, quantity: 3_000n }],
      })
      expect(part.number).toBe('INV-A-000001')
      await call(session, 'salesOrders.invoice', { orderId: order.id, date: '2024-05-04' })
      expect(await call(session, 'salesOrders.get', { id: order.id })).toMatchObject({
        flowStatus: 'invoiced',
      })
      expect(await call(session, 'salesOrders.list', { openOnly: true })).toEqual([])

      expect(
        (await call(session, 'cashSale.findProducts', { query: 'tea' })).map((p) => p.code),
      ).toEqual(['TEA-500'])
      // The counter delivers what it sells, so the tea is received into the warehouse first.
      const { defaultWarehouseId } = await call(session, 'inventorySettings.get', {})
      await call(session, 'stockDocuments.record', {
        type: 'receipt',
        date: '2024-05-05',
        warehouseId: defaultWarehouseId!,
        lines: [{ productId: product.id, quantity: 5_000n, unitCost: 600n }],
      })
      const sale = await call(session, 'cashSale.post', {
        date: '2024-05-05',
        method: 'cash',
        tendered: 5000n,
        lines: [{ code: 'tea-500', quantity: 2_000n }],
      })
      expect(sale).toMatchObject({
        invoiceNumber: 'INV-A-000003',
        receiptNumber: 'PAY-A-000001',
        gross: 2500n,
        change: 2500n,
      })
      const zero = await dispatch(session, 'cashSale.post', {
        method: 'card',
        lines: [{ code: 'TEA-500', quantity: 0n }],
      })
      expect(zero).toMatchObject({ ok: false, error: { details: { field: 'lines.0.quantity' } } })

      await call(session, 'print.setDetails', {
        address: '1 High St',
        taxId: 'T-1',
        logoBase64: PNG_1X1,
      })
      expect(await call(session, 'print.details', {})).toMatchObject({
        address: '1 High St',
        logoBase64: PNG_1X1,
      })
      const refused = await dispatch(session, 'print.setDetails', { logoBase64: 'aGVsbG8=' })
      expect(refused).toMatchObject({ ok: false, error: { details: { field: 'logoBase64' } } })

      // Over the http host's wire JSON the PDF survives as base64 text.
      const printed = await dispatch(session, 'print.pdf', {
        kind: 'receipt',
        number: sale.receiptNumber,
      })
      const wired = fromWire<typeof printed>(toWire(printed))
      if (!wired.ok) throw new Error(wired.error.message)
      const pdf = wired.value as { fileName: string; base64: string }
      expect(pdf.fileName).toBe('PAY-A-000001.pdf')
      expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-')
      const byId = await call(session, 'print.pdf', { kind: 'quote', id: draft.id })
      expect(byId.fileName).toBe('QT-A-000001.pdf')
      expect(await dispatch(session, 'print.pdf', { kind: 'invoice' })).toMatchObject({ ok: false })
    } finally {
      session.close()
    }
  })
})
