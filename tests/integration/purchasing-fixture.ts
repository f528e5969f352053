import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { createAccount } from '../../src/main/engine/ledger/accounts'
import { createProduct } from '../../src/main/engine/products/products'
import { saveBillDraft, saveDebitNoteDraft } from '../../src/main/engine/purchasing/bills'
import { postPurchaseDocument } from '../../src/main/engine/purchasing/post-purchase'
import type { DocumentLineInput } from '../../src/shared/domain/sales'
import { createVat10, type CurrencyTerms } from '../helpers/sales-fixture'
import { accountId } from '../helpers/temp-company'
import { supplierForm } from '../helpers/contacts'

/**
 * A supplier (30 days), a 10% tax code whose input tax goes to its own account 1450, a stocked
 * part bought at 50.00 and office paper (non-stocked, expensed to 6400) bought at 20.00.
 */
export function purchasingSetup(ctx: CompanyContext) {
  const inputTax = createAccount(ctx, { code: '1450', name: 'Input tax', type: 'asset' })
  const tax = createVat10(ctx, inputTax.id)
  const supplier = createContact(ctx, supplierForm('Parts Co', { paymentTermsDays: 30 }))
  const part = createProduct(ctx, {
    code: 'P1',
    name: 'Part',
    kind: 'stocked',
    purchasePrice: 5000n,
    salesPrice: 9000n,
    taxCodeId: tax.id,
    incomeAccountId: accountId(ctx, '4100'),
    expenseAccountId: accountId(ctx, '5100'),
  })
  const paper = createProduct(ctx, {
    code: 'PAPER',
    name: 'Office paper',
    kind: 'non_stocked',
    purchasePrice: 2000n,
    taxCodeId: tax.id,
    incomeAccountId: accountId(ctx, '4100'),
    expenseAccountId: accountId(ctx, '6400'),
  })
  return { tax, supplier, part, paper, bank: accountId(ctx, '1120') }
}

/** Posts a bill; in the company's currency unless `terms` say otherwise. */
export function postBill(
  ctx: CompanyContext,
  contactId: string,
  date: string,
  reference: string,
  lines: DocumentLineInput[],
  terms: CurrencyTerms = {},
) {
  const draft = saveBillDraft(ctx, { contactId, date, reference, ...terms, lines })
  return postPurchaseDocument(ctx, draft.id, 'bill')
}

export function postDebitNote(
  ctx: CompanyContext,
  billId: string,
  contactId: string,
  date: string,
  lines: DocumentLineInput[],
) {
  const draft = saveDebitNoteDraft(ctx, billId, { contactId, date, lines })
  return postPurchaseDocument(ctx, draft.id, 'debit_note')
}

/** The payables account's credit balance from the supplier's documents and payments up to `asOf`. */
export function ledgerPayable(ctx: CompanyContext, contactId: string, asOf: string): bigint {
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(l.credit - l.debit), 0) AS b FROM journal_line l
       WHERE l.account_id = ? AND l.date <= ? AND l.entry_id IN (
         SELECT journal_entry_id FROM document WHERE contact_id = ?
         UNION SELECT cancel_entry_id FROM document WHERE contact_id = ?
         UNION SELECT journal_entry_id FROM payment WHERE contact_id = ?)`,
    )
    .get(accountId(ctx, '2100'), asOf, contactId, contactId, contactId) as { b: bigint }
  return row.b
}
