import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/dates'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { payablesAgeing } from '../../src/main/engine/payables/payables-ageing'
import { cancelBill } from '../../src/main/engine/purchasing/post-purchase'
import { paySupplier } from '../../src/main/engine/purchasing/supplier-payments'
import { getDocument } from '../../src/main/engine/sales/documents'
import { tempCompany } from '../helpers/temp-company'
import {
  ledgerPayable,
  postBill,
  postDebitNote,
  purchasingSetup,
} from '../integration/purchasing-fixture'

const step = fc.oneof(
  fc.record({
    kind: fc.constant('bill' as const),
    who: fc.nat(2),
    qty: fc.integer({ min: 1, max: 5000 }),
    stocked: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('pay' as const),
    who: fc.nat(2),
    amount: fc.integer({ min: 1, max: 30000 }),
    pick: fc.option(fc.nat(), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('debit' as const),
    pick: fc.nat(),
    qty: fc.integer({ min: 1, max: 3000 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
)

describe('payables property', () => {
  it('keeps each supplier ageing equal to its payables ledger balance, and the check ok', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const ctx = await tempCompany()
        try {
          const { supplier, part, paper, bank } = purchasingSetup(ctx)
          const others = [1, 2].map((n) =>
            createContact(ctx, {
              name: `Supplier ${n}`,
              kind: 'company',
              isCustomer: n === 2,
              isSupplier: true,
              paymentTermsDays: 10 * n,
            }),
          )
          const suppliers = [supplier, ...others]
          const bills: { id: string; contactId: string }[] = []
          let date = '2024-01-01'
          for (const [index, s] of steps.entries()) {
            date = addDays(date, 3)
            if (s.kind === 'bill') {
              const contactId = suppliers[s.who]!.id
              const product = s.stocked ? part : paper
              const ref = postBill(ctx, contactId, date, `S-${index}`, [
                { productId: product.id, quantity: BigInt(s.qty) },
              ])
              bills.push({ id: ref.id, contactId })
            } else if (s.kind === 'pay') {
              const contactId = suppliers[s.who]!.id
              const own = bills.filter((b) => b.contactId === contactId)
              const named =
                s.pick === undefined || own.length === 0 ? undefined : own[s.pick % own.length]!
              const open = named ? getDocument(ctx, named.id).outstanding : 0n
              paySupplier(ctx, {
                contactId,
                date,
                accountId: bank,
                amount: BigInt(s.amount),
                keepCredit: true,
                allocations:
                  named && open > 0n
                    ? [{ documentId: named.id, amount: BigInt(s.amount) }]
                    : undefined,
              })
            } else if (bills.length > 0) {
              const bill = bills[s.pick % bills.length]!
              const doc = getDocument(ctx, bill.id)
              if (s.kind === 'cancel') {
                if (doc.status === 'posted' && doc.outstanding === doc.gross)
                  cancelBill(ctx, bill.id, date)
              } else if (doc.status === 'posted') {
                try {
                  postDebitNote(ctx, bill.id, bill.contactId, date, [
                    { productId: paper.id, quantity: BigInt(s.qty) },
                  ])
                } catch (error) {
                  expect(String(error)).toMatch(/already debited/)
                }
              }
            }
          }
          for (const asOf of [addDays('2024-01-01', 20), addDays('2024-01-01', 40), date]) {
            const ageing = payablesAgeing(ctx, { asOf })
            for (const contact of suppliers) {
              const row = ageing.rows.find((r) => r.contactId === contact.id)
              expect(row?.total ?? 0n).toBe(ledgerPayable(ctx, contact.id, asOf))
              expect(row?.amounts.reduce((a, b) => a + b, 0n) ?? 0n).toBe(row?.total ?? 0n)
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
