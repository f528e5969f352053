import { addDays } from '../../../shared/dates'
import type { DocumentLineInput } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { createStockDocument } from '../inventory/documents'
import { defaultWarehouseId } from '../inventory/settings'
import { linesFromSource } from '../inventory/sources'
import { warehouseByCode } from '../inventory-items/warehouses'
import { findAccountByCode } from '../ledger/accounts'
import { saveBillDraft } from '../purchasing/bills'
import { postPurchaseDocument } from '../purchasing/post-purchase'
import { paySupplier } from '../purchasing/supplier-payments'
import { getDocument, saveDocumentDraft } from '../sales/documents'
import { receivePayment } from '../sales/payments'
import { postDocument } from '../sales/post-document'
import { deliverInvoice } from './inventory-demo-steps'
import { counterSale } from './month-to-date-steps'
import type { Dice } from './prng'

export interface MonthToDateOptions {
  /** The first day of the demo's month, and the demo's today in it. */
  thisMonth: string
  today: string
  minorPerCent: bigint
  dice: Dice
}

/** Trade customers who buy on account this month (the caterer's limit is for its own orders). */
const ON_ACCOUNT = [
  'Northside Offices Ltd',
  'Corner Books',
  'Riverside Gym',
  'St. Anne’s School',
  'Blue Door Café',
]

/**
 * This month's trade up to the demo's today, after the year before it, through the same services:
 * a few invoices on account (one today, delivered from the back store), counter sales every
 * trading day and today, a payment received this week, the wholesaler's bills paid as they fall
 * due, a printer's bill due in the next few days, and what waits to be done: an invoice still a draft, and the roaster's bill of today
 * whose beans have a draft receipt, to post when they arrive.
 */
export function addMonthToDateDemo(ctx: CompanyContext, options: MonthToDateOptions): void {
  const { thisMonth, today, dice } = options
  const contact = (name: string) =>
    ctx.q.first(ctx.db.selectFrom('contact').select('id').where('name', '=', name))!.id
  const products = ctx.q.all(ctx.db.selectFrom('product').select(['id', 'code']))
  const product = (code: string) => products.find((p) => p.code === code)!.id
  const line = (code: string, quantity: number): DocumentLineInput => ({
    productId: product(code),
    quantity: BigInt(quantity) * 1000n,
  })
  const back = warehouseByCode(ctx, 'BACK').id
  const bank = findAccountByCode(ctx, '1120')!.id
  const shopFloor = defaultWarehouseId(ctx)!
  const days = Number(today.slice(8, 10)) - 1

  const onAccount = Array.from({ length: dice.int(2, 3) }, () => ({
    date: addDays(thisMonth, dice.int(0, days)),
    customer: ON_ACCOUNT[dice.int(0, ON_ACCOUNT.length - 2)]!,
    lines: [line('COF-1KG', dice.int(2, 10)), line(dice.chance(0.5) ? 'TEA-100' : 'CUPS-500', 2)],
  })).sort((a, b) => a.date.localeCompare(b.date))
  onAccount.push({
    date: today,
    customer: 'Blue Door Café',
    lines: [line('COF-1KG', dice.int(4, 8)), line('MUG-LOGO', dice.int(6, 12))],
  })
  const paidOn = addDays(today, -dice.int(0, Math.min(2, days)))
  const firstInvoiceOn = onAccount[0]!.date
  const paymentOn = paidOn < firstInvoiceOn ? firstInvoiceOn : paidOn

  const wholesaler = contact('Cornerstone Wholesale')
  const wholesalerBills = ctx.q.all(
    ctx.db
      .selectFrom('document')
      .select(['id', 'due_date'])
      .where('type', '=', 'bill')
      .where('status', '=', 'posted')
      .where('contact_id', '=', wholesaler)
      .where('due_date', '>=', thisMonth),
  )

  const posted: { id: string; contactId: string; date: string; gross: bigint }[] = []
  for (let date = thisMonth; date <= today; date = addDays(date, 1)) {
    for (const planned of onAccount.filter((invoice) => invoice.date === date)) {
      const contactId = contact(planned.customer)
      const draft = saveDocumentDraft(ctx, 'invoice', { contactId, date, lines: planned.lines })
      postDocument(ctx, draft.id, 'invoice')
      posted.push({ id: draft.id, contactId, date, gross: draft.gross })
      deliverInvoice(ctx, { id: draft.id, contactId, date }, back)
    }
    const sunday = new Date(`${date}T00:00:00Z`).getUTCDay() === 0
    if (!sunday || date === today)
      for (let sales = dice.int(1, 3); sales > 0; sales--)
        counterSale(ctx, date, dice, products, shopFloor)
    if (date === paymentOn) {
      const invoice = posted[0]!
      receivePayment(ctx, {
        contactId: invoice.contactId,
        date,
        accountId: bank,
        amount: invoice.gross,
        reference: 'Bank transfer',
        allocations: [{ documentId: invoice.id, amount: invoice.gross }],
      })
    }
    for (const due of wholesalerBills.filter((bill) => bill.due_date === date)) {
      const bill = getDocument(ctx, due.id)
      if (bill.outstanding > 0n)
        paySupplier(ctx, {
          contactId: wholesaler,
          date,
          accountId: bank,
          amount: bill.outstanding,
          reference: `Paid ${bill.reference}`,
          allocations: [{ documentId: bill.id, amount: bill.outstanding }],
        })
    }
  }
  billDueSoon(ctx, options, contact('PrintHub'))
  saveDocumentDraft(ctx, 'invoice', {
    contactId: contact('Greenfield Catering'),
    date: today,
    memo: 'Staff breakfast, waiting for the final head count',
    lines: [line('CATER', dice.int(30, 60)), line('DELIVERY', 1)],
  })
  beansOnTheWay(ctx, today, contact('Roastworks Coffee Co'), back, [
    line('COF-1KG', dice.int(20, 30)),
    line('COF-DEC', dice.int(6, 10)),
  ])
}

/** The printer's poster bill of about ten days ago, on short terms: due in the next few days. */
function billDueSoon(ctx: CompanyContext, options: MonthToDateOptions, printer: string): void {
  const { thisMonth, today, dice, minorPerCent } = options
  const tenDaysAgo = addDays(today, -10)
  const draft = saveBillDraft(ctx, {
    contactId: printer,
    date: tenDaysAgo < thisMonth ? thisMonth : tenDaysAgo,
    dueDate: addDays(today, dice.int(2, 5)),
    reference: `PH-${today.slice(0, 7)}`,
    lines: [
      {
        description: 'Shop window posters',
        quantity: 1000n,
        unitPrice: (9_500n * minorPerCent) / 100n,
        accountId: findAccountByCode(ctx, '6500')!.id,
      },
    ],
  })
  postPurchaseDocument(ctx, draft.id, 'bill')
}

/** The roaster billed today for beans still on the van: their receipt waits as a draft. */
function beansOnTheWay(
  ctx: CompanyContext,
  today: string,
  roaster: string,
  back: string,
  lines: DocumentLineInput[],
): void {
  const bill = saveBillDraft(ctx, {
    contactId: roaster,
    date: today,
    reference: `RW-${today.replaceAll('-', '')}`,
    lines,
  })
  postPurchaseDocument(ctx, bill.id, 'bill')
  createStockDocument(ctx, {
    type: 'receipt',
    date: today,
    warehouseId: back,
    contactId: roaster,
    sourceDocumentId: bill.id,
    memo: 'Beans on the van from the roaster',
    lines: linesFromSource(ctx, bill.id, 'receipt').map((source) => ({
      productId: source.productId,
      quantity: source.remaining,
      sourceLineNo: source.sourceLineNo,
    })),
  })
}
