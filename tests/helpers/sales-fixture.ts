import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { createProduct } from '../../src/main/engine/products/products'
import { createTaxCode } from '../../src/main/engine/products/tax-codes'
import { saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { postDocument } from '../../src/main/engine/sales/post-document'
import type { DocumentLineInput } from '../../src/shared/domain/sales'
import { customerForm } from './contacts'
import { accountId } from './temp-company'

/** VAT10: 10% on top of the price, output tax to 2200, input tax to `inputAccountId` (2200 too). */
export function createVat10(ctx: CompanyContext, inputAccountId = accountId(ctx, '2200')) {
  return createTaxCode(ctx, {
    code: 'VAT10',
    name: 'VAT 10%',
    rate: 1000,
    pricesIncludeTax: false,
    outputAccountId: accountId(ctx, '2200'),
    inputAccountId,
  })
}

/** A customer, a 10% tax code (prices exclusive) and a product at 100.00 on a fresh company. */
export function salesSetup(ctx: CompanyContext, creditLimit: bigint | null = null) {
  const tax = createVat10(ctx)
  const customer = createContact(
    ctx,
    customerForm('Acme Ltd', { paymentTermsDays: 30, creditLimit }),
  )
  const product = createProduct(ctx, {
    code: 'W1',
    name: 'Widget',
    kind: 'stocked',
    unit: 'pc',
    salesPrice: 10000n,
    taxCodeId: tax.id,
    incomeAccountId: accountId(ctx, '4100'),
    expenseAccountId: accountId(ctx, '5100'),
  })
  return { tax, customer, product, bank: accountId(ctx, '1120') }
}

/** The currency a document is in and its rate to the company's currency (10^9 = 1). */
export interface CurrencyTerms {
  currency?: string
  rate?: bigint
}

/** Posts an invoice; in the company's currency unless `terms` say otherwise. */
export function postInvoice(
  ctx: CompanyContext,
  contactId: string,
  date: string,
  lines: DocumentLineInput[],
  terms: CurrencyTerms = {},
) {
  const draft = saveDocumentDraft(ctx, 'invoice', { contactId, date, ...terms, lines })
  return postDocument(ctx, draft.id, 'invoice')
}

export function postCreditNote(
  ctx: CompanyContext,
  invoiceId: string,
  contactId: string,
  date: string,
  lines: DocumentLineInput[],
) {
  const draft = saveDocumentDraft(ctx, 'credit_note', {
    contactId,
    date,
    lines,
    sourceDocumentId: invoiceId,
  })
  return postDocument(ctx, draft.id, 'credit_note')
}
