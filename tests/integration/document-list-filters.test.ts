import { describe, expect, it } from 'vitest'
import type { DocumentListPage, DocumentListQuery } from '../../src/shared/domain/document-list'
import { call } from '../../src/main/engine/rpc/dispatch'
import { documentListStatement } from '../../src/main/engine/sales/document-list'
import { rpcCompany } from '../helpers/rpc-company'
import { customerForm, supplierForm } from '../helpers/contacts'

/** The list's numbers, and its totals checked against the rows it shows. */
function numbers(page: DocumentListPage): (string | null)[] {
  expect(page.count).toBe(page.rows.length)
  expect(page.baseGross).toBe(page.rows.reduce((sum, row) => sum + row.baseGross!, 0n))
  expect(page.baseDue).toBe(page.rows.reduce((sum, row) => sum + row.baseOutstanding, 0n))
  return page.rows.map((row) => row.number ?? `draft ${row.contactName}`)
}

describe('invoice and bill lists filtered in the engine', () => {
  it('narrows invoices by standing, dates, customer and words, with totals of what it shows', async () => {
    const { session, code } = await rpcCompany()
    try {
      const acme = await call(
        session,
        'contacts.create',
        customerForm('Acme', { paymentTermsDays: 14 }),
      )
      const bolt = await call(
        session,
        'contacts.create',
        customerForm('Bolt', { paymentTermsDays: 30 }),
      )
      const invoice = async (contactId: string, date: string, price: bigint, post = true) => {
        const draft = await call(session, 'invoices.saveDraft', {
          contactId,
          date,
          lines: [{ accountId: code('4200'), quantity: 1000n, unitPrice: price }],
        })
        return post ? (await call(session, 'invoices.post', { id: draft.id })).id : draft.id
      }
      const cancelled = await invoice(acme.id, '2024-03-01', 4000n)
      await call(session, 'invoices.cancel', { id: cancelled, date: '2024-03-02' })
      await invoice(acme.id, '2024-04-01', 10000n) // INV-A-000002, paid
      await invoice(acme.id, '2024-05-01', 20000n) // INV-A-000003, 5000 paid, due 05-15
      await invoice(bolt.id, '2024-05-20', 30000n) // INV-A-000004, due 06-19
      await invoice(bolt.id, '2024-05-25', 7000n, false)
      await call(session, 'payments.receive', {
        contactId: acme.id,
        date: '2024-05-05',
        accountId: code('1120'),
        amount: 15000n,
      })
      const find = async (query: DocumentListQuery) =>
        numbers(await call(session, 'invoices.find', query))

      expect(await find({})).toEqual([
        'draft Bolt',
        'INV-A-000004',
        'INV-A-000003',
        'INV-A-000002',
        'INV-A-000001',
      ])
      expect(await find({ status: 'draft' })).toEqual(['draft Bolt'])
      expect(await find({ status: 'paid' })).toEqual(['INV-A-000002'])
      expect(await find({ status: 'cancelled' })).toEqual(['INV-A-000001'])
      expect(await find({ status: 'open' })).toEqual(['INV-A-000004', 'INV-A-000003'])
      expect(await find({ status: 'posted' })).toEqual([
        'INV-A-000004',
        'INV-A-000003',
        'INV-A-000002',
      ])
      const overdueJune = await call(session, 'invoices.find', {
        status: 'overdue',
        asOf: '2024-06-01',
      })
      expect(numbers(overdueJune)).toEqual(['INV-A-000003'])
      expect(overdueJune).toMatchObject({ baseGross: 20000n, baseDue: 15000n })
      const overdueJuly = await call(session, 'invoices.find', {
        status: 'overdue',
        asOf: '2024-07-01',
      })
      expect(numbers(overdueJuly)).toEqual(['INV-A-000004', 'INV-A-000003'])
      // What the list calls overdue is what the ageing holds past its Current bucket.
      const ageing = await call(session, 'reports.receivablesAgeing', { asOf: '2024-07-01' })
      expect(overdueJuly.baseDue).toBe(ageing.total - ageing.totals[0]!)

      expect(await find({ from: '2024-04-01', to: '2024-05-20' })).toEqual([
        'INV-A-000004',
        'INV-A-000003',
        'INV-A-000002',
      ])
      expect(await find({ contactId: bolt.id })).toEqual(['draft Bolt', 'INV-A-000004'])
      expect(await find({ contactId: acme.id, status: 'open', to: '2024-04-30' })).toEqual([])
      expect(await find({ search: 'bol' })).toEqual(['draft Bolt', 'INV-A-000004'])
      expect(await find({ search: '000003' })).toEqual(['INV-A-000003'])
      expect(await find({ search: '%' })).toEqual([])

      // A credit note against an invoice settles it at once: paid, and the invoice owes less.
      const note = await call(session, 'creditNotes.saveDraft', {
        invoiceId: (await call(session, 'invoices.find', { search: '000004' })).rows[0]!.id,
        contactId: bolt.id,
        date: '2024-06-02',
        lines: [{ accountId: code('4200'), quantity: 1000n, unitPrice: 1000n }],
      })
      await call(session, 'creditNotes.post', { id: note.id })
      const notes = await call(session, 'creditNotes.find', { contactId: bolt.id })
      expect(numbers(notes)).toEqual(['CN-A-000001'])
      expect(notes).toMatchObject({ baseGross: 1000n, baseDue: 0n })
      expect(numbers(await call(session, 'creditNotes.find', { status: 'paid' }))).toEqual([
        'CN-A-000001',
      ])
      const open = await call(session, 'invoices.find', { status: 'open', contactId: bolt.id })
      expect(open).toMatchObject({ baseDue: 29000n, baseCredit: 0n })
    } finally {
      session.close()
    }
  })

  it('lists the bills due by a day, with what is owed on them', async () => {
    const { session, code } = await rpcCompany()
    try {
      const mill = await call(
        session,
        'contacts.create',
        supplierForm('Mill', { paymentTermsDays: 10 }),
      )
      for (const [date, reference] of [
        ['2024-05-01', 'M-1'],
        ['2024-05-20', 'M-2'],
      ] as const) {
        const draft = await call(session, 'bills.saveDraft', {
          contactId: mill.id,
          date,
          reference,
          lines: [{ accountId: code('6300'), quantity: 1000n, unitPrice: 25000n }],
        })
        await call(session, 'bills.post', { id: draft.id })
      }
      const due = await call(session, 'bills.find', { status: 'open', dueBy: '2024-05-15' })
      expect(due.rows.map((row) => row.reference)).toEqual(['M-1'])
      expect(due).toMatchObject({ count: 1, baseGross: 25000n, baseDue: 25000n })
      expect((await call(session, 'bills.find', { search: 'm-2' })).rows).toHaveLength(1)
    } finally {
      session.close()
    }
  })

  it('reads the documents through an index and never their lines', async () => {
    const { session } = await rpcCompany()
    try {
      const ctx = session.requireCompany()
      const plan = (query: DocumentListQuery) => {
        const { sql, params } = documentListStatement('invoice', query)
        return (ctx.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
          .map((row) => row.detail)
          .join('\n')
      }
      for (const query of [
        {},
        { status: 'overdue', from: '2024-01-01', to: '2024-12-31' },
        { contactId: 'x', status: 'paid' },
      ] as DocumentListQuery[]) {
        const steps = plan(query)
        expect(steps).toMatch(/SEARCH d USING INDEX document_(type|contact)_date/)
        expect(steps).toMatch(/SEARCH i USING PRIMARY KEY \(id=\?\)/)
        expect(steps).not.toMatch(/document_line|SCAN d\b/)
      }
    } finally {
      session.close()
    }
  })
})
