import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { up as fillLineBaseAmounts } from '../../src/main/engine/db/migrations/0008-line-base-amounts'
import { saveBillDraft } from '../../src/main/engine/purchasing/bills'
import { postPurchaseDocument } from '../../src/main/engine/purchasing/post-purchase'
import { salesByProduct } from '../../src/main/engine/sales-reports/sales-by'
import { taxSummary } from '../../src/main/engine/sales-reports/tax-summary'
import { saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { postDocument } from '../../src/main/engine/sales/post-document'
import { accountId, tempCompany } from '../helpers/temp-company'
import { customerForm } from '../helpers/contacts'
import { purchasingSetup } from './purchasing-fixture'

const EUR = { currency: 'EUR', rate: 1_082_500_000n }
const RANGE = { from: '2024-03-01', to: '2024-03-31' }

/**
 * A USD company with a customer invoiced in EUR (3 parts at 33.33 EUR: net 99.99, tax 10.00,
 * gross 109.99 EUR, 119.06 USD at 1.0825; the line converts to 108.24 + 10.83 = 119.07, so the
 * largest line takes the -0.01) and in USD (2 reams of paper at 20.00), and a supplier's bill in
 * EUR (5 reams at 12.34: net 61.70, tax 6.17 EUR; 66.79 and 6.68 USD).
 */
async function foreignBooks() {
  const ctx = await tempCompany()
  const { supplier, part, paper } = purchasingSetup(ctx)
  const customer = createContact(ctx, customerForm('Acme GmbH', { paymentTermsDays: 30 }))
  const eurInvoice = saveDocumentDraft(ctx, 'invoice', {
    contactId: customer.id,
    date: '2024-03-05',
    ...EUR,
    lines: [{ productId: part.id, quantity: 3000n, unitPrice: 3333n }],
  })
  postDocument(ctx, eurInvoice.id, 'invoice')
  const usdInvoice = saveDocumentDraft(ctx, 'invoice', {
    contactId: customer.id,
    date: '2024-03-06',
    lines: [{ productId: paper.id, quantity: 2000n, unitPrice: 2000n }],
  })
  postDocument(ctx, usdInvoice.id, 'invoice')
  const bill = saveBillDraft(ctx, {
    contactId: supplier.id,
    date: '2024-03-07',
    reference: 'PC-77',
    ...EUR,
    lines: [{ productId: paper.id, quantity: 5000n, unitPrice: 1234n }],
  })
  postPurchaseDocument(ctx, bill.id, 'bill')
  return { ctx, part, paper }
}

/** An account's movement in the range, credit positive. */
const movement = (ctx: CompanyContext, code: string) =>
  (
    ctx.sqlite
      .prepare(
        `SELECT coalesce(sum(credit - debit), 0) AS m FROM journal_line
         WHERE account_id = ? AND date BETWEEN ? AND ?`,
      )
      .get(accountId(ctx, code), RANGE.from, RANGE.to) as { m: bigint }
  ).m

type LineBase = {
  document_id: string
  line_no: bigint
  base_net: bigint
  base_tax: bigint
  base_gross: bigint
}
const lineBases = (ctx: CompanyContext) =>
  ctx.sqlite
    .prepare(
      `SELECT document_id, line_no, base_net, base_tax, base_gross FROM document_line
       ORDER BY document_id, line_no`,
    )
    .all() as LineBase[]

describe('document lines in the base currency', () => {
  it('shows foreign invoices and bills in the tax summary and sales by product in base, tying out to the ledger', async () => {
    const { ctx, part, paper } = await foreignBooks()

    const byProduct = salesByProduct(ctx, RANGE)
    expect(byProduct.rows.map((row) => [row.productId, row.net, row.tax, row.gross])).toEqual([
      [part.id, 10823n, 1083n, 11906n],
      [paper.id, 4000n, 400n, 4400n],
    ])
    expect(byProduct.totals.net).toBe(movement(ctx, '4100'))
    expect(byProduct.totals.tax).toBe(movement(ctx, '2200'))

    const tax = taxSummary(ctx, RANGE)
    expect(tax.rows.map((row) => [row.code, row.taxable, row.output])).toEqual([
      ['VAT10', 14823n, 1483n],
    ])
    expect(tax.totals).toEqual({ taxable: 14823n, output: 1483n, input: 668n, net: 815n })
    expect(tax.tieOut).toMatchObject({ ledgerMovement: 815n, summaryNet: 815n, difference: 0n })
    ctx.close()
  })

  it("sums each posted document's lines exactly to its base totals", async () => {
    const { ctx, part } = await foreignBooks()
    // A draft whose lines lack their base amounts gets them at posting.
    const customer = ctx.sqlite
      .prepare(`SELECT id FROM contact WHERE name = 'Acme GmbH'`)
      .get() as { id: string }
    const draft = saveDocumentDraft(ctx, 'invoice', {
      contactId: customer.id,
      date: '2024-03-08',
      ...EUR,
      lines: [
        { productId: part.id, quantity: 1000n, unitPrice: 1999n },
        { productId: part.id, quantity: 7000n, unitPrice: 333n },
      ],
    })
    ctx.sqlite
      .prepare(
        'UPDATE document_line SET base_net = 0, base_tax = 0, base_gross = 0 WHERE document_id = ?',
      )
      .run(draft.id)
    postDocument(ctx, draft.id, 'invoice')
    expect(lineBases(ctx).filter((line) => line.document_id === draft.id)).toEqual([
      // 19.99 + 2.00 and 23.31 + 2.33 EUR at 1.0825, adding up to the document's 51.56 USD.
      { document_id: draft.id, line_no: 1n, base_net: 2164n, base_tax: 217n, base_gross: 2381n },
      { document_id: draft.id, line_no: 2n, base_net: 2523n, base_tax: 252n, base_gross: 2775n },
    ])
    const mismatched = ctx.sqlite
      .prepare(
        `SELECT d.number FROM document d JOIN document_line l ON l.document_id = d.id
         GROUP BY d.id HAVING sum(l.base_net) <> d.base_net OR sum(l.base_tax) <> d.base_tax
           OR sum(l.base_gross) <> d.base_gross`,
      )
      .all()
    expect(mismatched).toEqual([])
    ctx.close()
  })

  it('fills the base amounts of lines written before them the way posting converts', async () => {
    const { ctx } = await foreignBooks()
    const posted = lineBases(ctx)
    for (const column of ['base_net', 'base_tax', 'base_gross'])
      ctx.sqlite.exec(`ALTER TABLE document_line DROP COLUMN ${column}`)
    // Migrations run before integers are read as bigints.
    ctx.sqlite.defaultSafeIntegers(false)
    await fillLineBaseAmounts(ctx.db as unknown as Kysely<unknown>)
    ctx.sqlite.defaultSafeIntegers(true)
    expect(lineBases(ctx)).toEqual(posted)
    // The guard on posted lines is back.
    expect(() => ctx.sqlite.exec('UPDATE document_line SET base_net = 0')).toThrow(
      /posted documents never change/,
    )
    ctx.close()
  })
})
