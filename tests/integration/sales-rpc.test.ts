import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/engine/rpc/dispatch'
import { rpcCompany } from '../helpers/rpc-company'
import { customerForm } from '../helpers/contacts'

describe('sales over the RPC contract', () => {
  it('creates a customer, invoices, takes payment and ages the receivables', async () => {
    const { session, code } = await rpcCompany()
    try {
      const customer = await call(
        session,
        'contacts.create',
        customerForm('Acme', { paymentTermsDays: 14 }),
      )
      const draft = await call(session, 'invoices.saveDraft', {
        contactId: customer.id,
        date: '2024-05-01',
        lines: [{ accountId: code('4200'), quantity: 2000n, unitPrice: 12345n }],
      })
      expect(draft).toMatchObject({ status: 'draft', gross: 24690n, dueDate: '2024-05-15' })
      const posted = await call(session, 'invoices.post', { id: draft.id })
      expect(posted.number).toBe('INV-A-000001')
      const refused = await dispatch(session, 'payments.receive', {
        contactId: customer.id,
        date: '2024-05-20',
        accountId: code('1120'),
        amount: 30000n,
      })
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { reason: 'overpayment' } },
      })
      await call(session, 'payments.receive', {
        contactId: customer.id,
        date: '2024-05-20',
        accountId: code('1120'),
        amount: 10000n,
      })
      const ageing = await call(session, 'reports.receivablesAgeing', { asOf: '2024-06-20' })
      expect(ageing.buckets).toEqual(['Current', '1-30', '31-60', '61-90', '90+'])
      expect(ageing.rows[0]!.amounts).toEqual([0n, 0n, 14690n, 0n, 0n])
    } finally {
      session.close()
    }
  })
})
