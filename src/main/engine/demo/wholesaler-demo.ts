import type { CompanyContext } from '../company/company-context'
import { createContact } from '../contacts/contacts'
import { findAccountByCode } from '../ledger/accounts'
import { saveBillDraft } from '../purchasing/bills'
import { postPurchaseDocument } from '../purchasing/post-purchase'
import { paySupplier } from '../purchasing/supplier-payments'
import type { PlannedEntry } from './demo-plan'

/**
 * The wholesaler's weekly bills for the stock the shop received (clearing goods received not
 * invoiced), and their payments two weeks on, through the purchasing services: the accounts,
 * amounts and dates the plan gives (in date order), on the supplier's account, so the payables
 * ageing holds them. Each payment settles the oldest bill, which is the one it pays.
 */
export function addWholesalerDemo(
  ctx: CompanyContext,
  planned: PlannedEntry[],
  minor: (cents: number) => bigint,
): void {
  const wholesaler = createContact(ctx, {
    name: 'Cornerstone Wholesale',
    kind: 'company',
    isCustomer: false,
    isSupplier: true,
    paymentTermsDays: 14,
    addresses: [
      { line1: 'Unit 9, Trade Park', city: 'Bolton', postalCode: 'BL1 4QT', country: 'UK' },
    ],
  })
  const bank = findAccountByCode(ctx, '1120')!.id
  for (const entry of planned) {
    // The bill's first line is what it buys, the payment's the payables it clears: both debits.
    const [code, cents] = entry.lines[0]!
    const amount = minor(cents)
    if (entry.wholesaler === 'payment') {
      paySupplier(ctx, {
        contactId: wholesaler.id,
        date: entry.date,
        accountId: bank,
        amount,
        reference: entry.reference,
      })
      continue
    }
    const draft = saveBillDraft(ctx, {
      contactId: wholesaler.id,
      date: entry.date,
      reference: entry.reference,
      memo: entry.memo,
      lines: [
        {
          description: 'Shop stock',
          quantity: 1000n,
          unitPrice: amount,
          taxCodeId: null,
          accountId: findAccountByCode(ctx, code)!.id,
        },
      ],
    })
    postPurchaseDocument(ctx, draft.id, 'bill')
  }
}
