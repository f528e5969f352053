import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/dates'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { getDocument, saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { cancelInvoice, postDocument } from '../../src/main/engine/sales/post-document'
import { receivePayment } from '../../src/main/engine/sales/payments'
import { salesSetup } from '../helpers/sales-fixture'
import { accountId, tempCompany } from '../helpers/temp-company'

// The company keeps USD; documents and payments may be in EUR or KWD (3 decimals) at a random rate.
const CURRENCIES = ['USD', 'EUR', 'KWD'] as const
const money = {
  fx: fc.nat(2),
  rate: fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }),
}
const exchange = (fx: number, rate: number) =>
  fx === 0 ? {} : { currency: CURRENCIES[fx], rate: BigInt(rate) }

const step = fc.oneof(
  fc.record({
    kind: fc.constant('invoice' as const),
    who: fc.nat(2),
    qty: fc.integer({ min: 1, max: 5000 }),
    ...money,
  }),
  fc.record({
    kind: fc.constant('pay' as const),
    who: fc.nat(2),
    amount: fc.integer({ min: 10, max: 90000 }),
    ...money,
  }),
  fc.record({
    kind: fc.constant('credit' as const),
    pick: fc.nat(),
    qty: fc.integer({ min: 1, max: 3000 }),
    rate: money.rate,
  }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
)

describe('receivables property', () => {
  it('keeps each contact ageing total equal to its receivables ledger balance', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const ctx = await tempCompany()
        try {
          const { customer, product, bank } = salesSetup(ctx)
          const others = [1, 2].map((n) =>
            createContact(ctx, {
              name: `Customer ${n}`,
              kind: 'person',
              isCustomer: true,
              isSupplier: false,
            }),
          )
          const contacts = [customer, ...others]
          const invoices: { id: string; contactId: string }[] = []
          let date = '2024-01-01'
          for (const s of steps) {
            date = addDays(date, 3)
            if (s.kind === 'invoice') {
              const contactId = contacts[s.who]!.id
              const draft = saveDocumentDraft(ctx, 'invoice', {
                contactId,
                date,
                ...exchange(s.fx, s.rate),
                lines: [{ productId: product.id, quantity: BigInt(s.qty), unitPrice: 10000n }],
              })
              const ref = postDocument(ctx, draft.id, 'invoice')
              invoices.push({ id: ref.id, contactId })
            } else if (s.kind === 'pay') {
              receivePayment(ctx, {
                contactId: contacts[s.who]!.id,
                date,
                accountId: bank,
                amount: BigInt(s.amount),
                ...exchange(s.fx, s.rate),
                keepCredit: true,
              })
            } else if (invoices.length > 0) {
              const invoice = invoices[s.pick % invoices.length]!
              const doc = getDocument(ctx, invoice.id)
              if (s.kind === 'cancel') {
                if (doc.status === 'posted' && doc.outstanding === doc.gross)
                  cancelInvoice(ctx, invoice.id, date)
              } else if (doc.status === 'posted') {
                try {
                  const note = saveDocumentDraft(ctx, 'credit_note', {
                    contactId: invoice.contactId,
                    date,
                    sourceDocumentId: invoice.id,
                    ...exchange(CURRENCIES.indexOf(doc.currency as 'USD'), s.rate),
                    lines: [{ productId: product.id, quantity: BigInt(s.qty), unitPrice: 10000n }],
                  })
                  postDocument(ctx, note.id, 'credit_note')
                } catch (error) {
                  expect(String(error)).toMatch(/already credited/)
                }
              }
            }
          }
          const receivables = accountId(ctx, '1200')
          for (const asOf of [addDays('2024-01-01', 20), date]) {
            const ageing = receivablesAgeing(ctx, { asOf })
            for (const contact of contacts) {
              const row = ageing.rows.find((r) => r.contactId === contact.id)
              const ledger = ctx.sqlite
                .prepare(
                  `SELECT coalesce(sum(l.debit - l.credit), 0) AS b FROM journal_line l
                   WHERE l.account_id = ? AND l.date <= ? AND l.entry_id IN (
                     SELECT journal_entry_id FROM document WHERE contact_id = ?
                     UNION SELECT cancel_entry_id FROM document WHERE contact_id = ?
                     UNION SELECT journal_entry_id FROM payment WHERE contact_id = ?)`,
                )
                .get(receivables, asOf, contact.id, contact.id, contact.id) as { b: bigint }
              expect(row?.total ?? 0n).toBe(ledger.b)
            }
          }
          expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
        } finally {
          ctx.close()
        }
      }),
      { numRuns: 25 },
    )
  })
})
