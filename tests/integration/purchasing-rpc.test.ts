import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/engine/rpc/dispatch'
import { rpcCompany } from '../helpers/rpc-company'
import { supplierForm } from '../helpers/contacts'

describe('purchasing over the RPC contract', () => {
  it('bills a supplier, refuses the same supplier invoice twice, pays, debits and ages the payables', async () => {
    const { session, code } = await rpcCompany()
    try {
      const supplier = await call(
        session,
        'contacts.create',
        supplierForm('Mill', { paymentTermsDays: 14 }),
      )
      const bill = {
        contactId: supplier.id,
        date: '2024-05-01',
        reference: 'M-100',
        lines: [{ accountId: code('6300'), quantity: 1000n, unitPrice: 25000n }],
      }
      const draft = await call(session, 'bills.saveDraft', bill)
      expect(draft).toMatchObject({
        type: 'bill',
        status: 'draft',
        gross: 25000n,
        dueDate: '2024-05-15',
      })
      const posted = await call(session, 'bills.post', { id: draft.id })
      expect(posted.number).toBe('BILL-A-000001')
      expect(await dispatch(session, 'bills.saveDraft', bill)).toMatchObject({
        ok: false,
        error: { code: 'duplicate', details: { field: 'reference' } },
      })
      const payment = await call(session, 'supplierPayments.pay', {
        contactId: supplier.id,
        date: '2024-05-10',
        accountId: code('1120'),
        amount: 10000n,
      })
      expect(payment.allocations).toEqual([
        { documentId: posted.id, number: posted.number, amount: 10000n },
      ])
      const note = await call(session, 'debitNotes.saveDraft', {
        billId: posted.id,
        contactId: supplier.id,
        date: '2024-05-12',
        lines: [{ accountId: code('6300'), quantity: 1000n, unitPrice: 5000n }],
      })
      expect((await call(session, 'debitNotes.post', { id: note.id })).number).toBe('DN-A-000001')
      const ageing = await call(session, 'reports.payablesAgeing', { asOf: '2024-05-31' })
      expect(ageing.rows).toEqual([
        {
          contactId: supplier.id,
          contactName: 'Mill',
          amounts: [0n, 10000n, 0n, 0n, 0n],
          total: 10000n,
        },
      ])
      const purchases = await call(session, 'reports.purchasesBySupplier', {
        from: '2024-05-01',
        to: '2024-05-31',
      })
      expect(purchases.totals).toEqual({
        billed: 25000n,
        debited: 5000n,
        net: 20000n,
        tax: 0n,
        gross: 20000n,
      })
      expect((await call(session, 'bills.list', {})).map((b) => b.outstanding)).toEqual([10000n])
      // The note went on the bill: nothing is left over as the supplier's credit.
      expect(await dispatch(session, 'bills.applyCredit', { billId: posted.id })).toMatchObject({
        ok: false,
        error: { code: 'validation', message: 'Mill has no credit to use' },
      })
      expect(await dispatch(session, 'bills.cancel', { id: posted.id })).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      })
    } finally {
      session.close()
    }
  })
})
