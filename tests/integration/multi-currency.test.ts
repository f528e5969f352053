import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { findAccountByCode } from '../../src/main/engine/ledger/accounts'
import { payablesAgeing } from '../../src/main/engine/payables/payables-ageing'
import { purchasesBySupplier } from '../../src/main/engine/payables/purchases-by-supplier'
import { saveDebitNoteDraft } from '../../src/main/engine/purchasing/bills'
import { postPurchaseDocument } from '../../src/main/engine/purchasing/post-purchase'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { customerStatement } from '../../src/main/engine/sales-reports/customer-statement'
import { getDocument, saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { receivePayment } from '../../src/main/engine/sales/payments'
import { postDocument } from '../../src/main/engine/sales/post-document'
import { paymentSteps } from '../helpers/payments'
import { salesSetup } from '../helpers/sales-fixture'
import { accountId, tempCompany } from '../helpers/temp-company'
import { ledgerPayable, postBill, purchasingSetup } from './purchasing-fixture'
import { entryLines } from '../helpers/entry-lines'

const balance = (ctx: CompanyContext, code: string) =>
  (
    ctx.sqlite
      .prepare(
        'SELECT coalesce(sum(debit - credit), 0) AS b FROM journal_line WHERE account_id = ?',
      )
      .get(accountId(ctx, code)) as { b: bigint }
  ).b

const ok = (ctx: CompanyContext) => expect(checkCompany(ctx).problems).toEqual([])

/** 4 x 25.50 EUR of office paper, taxed, at 1.0825 USD per EUR. */
const postEuroPaperBill = (
  ctx: CompanyContext,
  supplier: { id: string },
  paper: { id: string },
  date: string,
  reference: string,
) =>
  postBill(
    ctx,
    supplier.id,
    date,
    reference,
    [{ productId: paper.id, quantity: 4000n, unitPrice: 2550n }],
    { currency: 'EUR', rate: 1_082_500_000n },
  )

describe('multi-currency documents and payments', () => {
  it('invoices in EUR from a USD company, is paid at two other rates, and posts the gain and the loss', async () => {
    const ctx = await tempCompany()
    const { customer, product, bank } = salesSetup(ctx)
    const { receive } = paymentSteps(ctx, bank)
    // 3 x 33.33 EUR = 99.99, 10% tax 10.00, gross 109.99 EUR at 1.0825 USD:
    // net 108.239175 -> 108.24, tax 10.825 -> 10.83, gross 119.064175 -> 119.06;
    // the lines come to 119.07, so the largest net line takes the -0.01: 108.23.
    const draft = saveDocumentDraft(ctx, 'invoice', {
      contactId: customer.id,
      date: '2024-03-01',
      currency: 'eur',
      rate: 1_082_500_000n,
      lines: [{ productId: product.id, quantity: 3000n, unitPrice: 3333n }],
    })
    expect(draft).toMatchObject({ currency: 'EUR', gross: 10999n, baseGross: 11906n })
    const invoice = postDocument(ctx, draft.id, 'invoice')
    expect(entryLines(ctx, invoice.journalEntryId)).toEqual([
      ['1200', 11906n, 0n],
      ['4100', 0n, 10823n],
      ['2200', 0n, 1083n],
    ])
    expect(findAccountByCode(ctx, '4950')).toBeUndefined()

    // 50.00 EUR at 1.12 = 56.00 USD; the invoice's share at its rate 119.06 x 50.00/109.99 =
    // 54.1226 -> 54.12; 1.88 more came in: a gain.
    const first = receive(customer, '2024-03-10', 5000n, { currency: 'EUR', rate: 1_120_000_000n })
    expect(entryLines(ctx, first.journalEntryId)).toEqual([
      ['1120', 5600n, 0n],
      ['1200', 0n, 5412n],
      ['4950', 0n, 188n],
    ])
    expect(findAccountByCode(ctx, '4950')).toMatchObject({
      name: 'Exchange gains and losses',
      type: 'income',
    })
    expect(getDocument(ctx, invoice.id).outstanding).toBe(5999n)
    const midway = receivablesAgeing(ctx, { asOf: '2024-03-10' })
    expect(midway.total).toBe(11906n - 5412n)
    expect(balance(ctx, '1200')).toBe(6494n)
    ok(ctx)

    // The rest, 59.99 EUR at 1.05 = 62.9895 -> 62.99 USD, closes the invoice's 64.94: a 1.95 loss.
    const second = receive(customer, '2024-03-20', 5999n, { currency: 'EUR', rate: 1_050_000_000n })
    expect(entryLines(ctx, second.journalEntryId)).toEqual([
      ['1120', 6299n, 0n],
      ['1200', 0n, 6494n],
      ['4950', 195n, 0n],
    ])
    expect(getDocument(ctx, invoice.id).outstanding).toBe(0n)
    expect(receivablesAgeing(ctx, { asOf: '2024-03-20' }).total).toBe(0n)
    expect(balance(ctx, '1200')).toBe(0n)
    // The statement moves as receivables did, in USD, with each line's EUR beside it.
    const statement = customerStatement(ctx, {
      contact: customer.id,
      from: '2024-03-01',
      to: '2024-03-31',
    })
    expect(
      statement.lines.map((l) => [l.charge, l.credit, l.balance, l.currency, l.currencyAmount]),
    ).toEqual([
      [11906n, 0n, 11906n, 'EUR', 10999n],
      [0n, 5412n, 6494n, 'EUR', -5000n],
      [0n, 6494n, 0n, 'EUR', -5999n],
    ])
    expect(statement.closing).toBe(0n)
    // 118.99 USD came in for an invoice booked at 119.06: 0.07 lost in all.
    expect(balance(ctx, '4950')).toBe(7n)
    expect(
      ctx.sqlite
        .prepare('SELECT currency, rate, amount, base_amount FROM payment ORDER BY number')
        .all(),
    ).toEqual([
      { currency: 'EUR', rate: 1_120_000_000n, amount: 5000n, base_amount: 5600n },
      { currency: 'EUR', rate: 1_050_000_000n, amount: 5999n, base_amount: 6299n },
    ])
    ok(ctx)
  })

  it('keeps a EUR bill in both currencies and posts the loss of paying it at a dearer rate', async () => {
    const ctx = await tempCompany()
    const { supplier, paper, bank } = purchasingSetup(ctx)
    const { pay } = paymentSteps(ctx, bank)
    // 4 x 25.50 EUR = 102.00 + 10.20 tax = 112.20 EUR at 1.0825: 110.415 -> 110.42,
    // 11.0415 -> 11.04, gross 121.4565 -> 121.46 (no rounding difference here).
    const bill = postEuroPaperBill(ctx, supplier, paper, '2024-04-02', 'F-77')
    expect(entryLines(ctx, bill.journalEntryId)).toEqual([
      ['2100', 0n, 12146n],
      ['6400', 11042n, 0n],
      ['1450', 1104n, 0n],
    ])
    const item = ctx.sqlite
      .prepare('SELECT currency, amount, doc_amount FROM payable_item WHERE document_id = ?')
      .get(bill.id)
    expect(item).toEqual({ currency: 'EUR', amount: 12146n, doc_amount: 11220n })
    expect(payablesAgeing(ctx, { asOf: '2024-04-02' }).total).toBe(12146n)
    expect(purchasesBySupplier(ctx, { from: '2024-04-01', to: '2024-04-30' }).totals).toMatchObject(
      { net: 11042n, tax: 1104n, gross: 12146n },
    )

    // 112.20 EUR at 1.10 = 123.42 USD for a bill booked at 121.46: 1.96 lost.
    const payment = pay(supplier, '2024-04-30', 11220n, { currency: 'EUR', rate: 1_100_000_000n })
    expect(entryLines(ctx, payment.journalEntryId)).toEqual([
      ['2100', 12146n, 0n],
      ['1120', 0n, 12342n],
      ['4950', 196n, 0n],
    ])
    expect(payablesAgeing(ctx, { asOf: '2024-04-30' }).total).toBe(0n)
    expect(ledgerPayable(ctx, supplier.id, '2024-04-30')).toBe(0n)
    ok(ctx)
  })

  it('posts a EUR debit note at its own rate, with the difference against the bill on 4950', async () => {
    const ctx = await tempCompany()
    const { supplier, paper } = purchasingSetup(ctx)
    const bill = postEuroPaperBill(ctx, supplier, paper, '2024-04-02', 'F-78')
    // 25.50 + 2.55 = 28.05 EUR at 1.09: net 27.795 -> 27.80, tax 2.7795 -> 2.78, gross 30.5745 ->
    // 30.57, so net 27.79. A quarter of the bill at its rate: 121.46 / 4 = 30.365 -> 30.37 off
    // payables; the 0.20 between is a loss.
    const note = postPurchaseDocument(
      ctx,
      saveDebitNoteDraft(ctx, bill.id, {
        contactId: supplier.id,
        date: '2024-04-09',
        currency: 'EUR',
        rate: 1_090_000_000n,
        lines: [{ productId: paper.id, quantity: 1000n, unitPrice: 2550n }],
      }).id,
      'debit_note',
    )
    expect(entryLines(ctx, note.journalEntryId)).toEqual([
      ['2100', 3037n, 0n],
      ['6400', 0n, 2779n],
      ['1450', 0n, 278n],
      ['4950', 20n, 0n],
    ])
    expect(getDocument(ctx, bill.id).outstanding).toBe(8415n)
    expect(payablesAgeing(ctx, { asOf: '2024-04-09' }).total).toBe(12146n - 3037n)
    expect(ledgerPayable(ctx, supplier.id, '2024-04-09')).toBe(12146n - 3037n)
    ok(ctx)
  })

  it('converts a KWD invoice (3 decimals) into a JPY company (none) by the minor-unit digits', async () => {
    const ctx = await tempCompany({ currency: 'JPY' })
    const { customer, product, bank } = salesSetup(ctx)
    const { receive } = paymentSteps(ctx, bank)
    // 1.234 KWD + 10% tax 0.1234 -> 0.123 = 1.357 KWD at 490.5 JPY per KWD:
    // net 605.277 -> 605, tax 60.3315 -> 60, gross 665.6085 -> 666; the net line takes +1: 606.
    const draft = saveDocumentDraft(ctx, 'invoice', {
      contactId: customer.id,
      date: '2024-05-01',
      currency: 'KWD',
      rate: 490_500_000_000n,
      lines: [{ productId: product.id, quantity: 1000n, unitPrice: 1234n }],
    })
    expect(draft).toMatchObject({ net: 1234n, tax: 123n, gross: 1357n, baseGross: 666n })
    const invoice = postDocument(ctx, draft.id, 'invoice')
    expect(entryLines(ctx, invoice.journalEntryId)).toEqual([
      ['1200', 666n, 0n],
      ['4100', 0n, 606n],
      ['2200', 0n, 60n],
    ])
    // Paid at 495: 1.357 x 495 = 671.715 -> 672 JPY, 6 yen more than booked: a gain.
    const payment = receive(customer, '2024-05-20', 1357n, {
      currency: 'KWD',
      rate: 495_000_000_000n,
    })
    expect(entryLines(ctx, payment.journalEntryId)).toEqual([
      ['1120', 672n, 0n],
      ['1200', 0n, 666n],
      ['4950', 0n, 6n],
    ])
    expect(receivablesAgeing(ctx, { asOf: '2024-05-20' }).total).toBe(0n)
    ok(ctx)
  })

  it('refuses an unknown currency, a foreign one without a good rate, a base rate other than 1 and a cross-currency payment', async () => {
    const ctx = await tempCompany()
    const { customer, product, bank } = salesSetup(ctx)
    const count = () =>
      ctx.sqlite
        .prepare('SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM payment) AS n')
        .get()
    const base = { contactId: customer.id, date: '2024-03-01' }
    const line = { productId: product.id, quantity: 1000n, unitPrice: 1000n }
    const save = (extra: object) =>
      saveDocumentDraft(ctx, 'invoice', { ...base, lines: [line], ...extra })
    const invoice = postDocument(ctx, save({ currency: 'EUR', rate: 1_100_000_000n }).id, 'invoice')
    const before = count()
    expect(() => save({ currency: 'XYZ', rate: 1n })).toThrow(/XYZ is not a currency/)
    expect(() => save({ currency: 'EUR' })).toThrow(/Give the exchange rate from EUR to USD/)
    expect(() => save({ currency: 'EUR', rate: 0n })).toThrow(/EUR rate must be more than zero/)
    expect(() => save({ currency: 'EUR', rate: -5n })).toThrow(/EUR rate must be more than zero/)
    expect(() => save({ currency: 'USD', rate: 2_000_000_000n })).toThrow(/its rate is 1/)
    expect(() =>
      saveDocumentDraft(ctx, 'invoice', {
        ...base,
        currency: 'EUR',
        rate: 1_100_000_000n,
        lines: [{ productId: product.id, quantity: 1000n }],
      }),
    ).toThrow(/Line 1: give its price in EUR/)
    expect(() =>
      receivePayment(ctx, {
        ...base,
        accountId: bank,
        amount: 1100n,
        allocations: [{ documentId: invoice.id, amount: 1100n }],
      }),
    ).toThrow(/is in EUR; pay it in EUR/)
    expect(() =>
      receivePayment(ctx, { ...base, accountId: bank, amount: 100n, currency: 'EUR' }),
    ).toThrow(/Give the exchange rate/)
    expect(count()).toEqual(before)
    ok(ctx)
  })
})
