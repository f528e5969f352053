import { addDays, daysInMonth } from '../../../shared/dates'
import type { Contact, DocumentLineInput, Product } from '../../../shared/domain/sales'
import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { findAccountByCode } from '../ledger/accounts'
import { createContact } from '../contacts/contacts'
import { createProduct } from '../products/products'
import { createTaxCode } from '../products/tax-codes'
import { getDocument, saveDocumentDraft } from '../sales/documents'
import { receivePayment } from '../sales/payments'
import { postDocument } from '../sales/post-document'
import { addForeignTradeDemo } from './foreign-demo'
import { addPurchasesDemo } from './purchases-demo'
import { addSalesFlowDemo } from './sales-flow-demo'
import { DEMO_CUSTOMERS, DEMO_PRODUCTS, DEMO_SUPPLIERS } from './sales-demo-data'
import type { Dice } from './prng'

export interface SalesDemoOptions {
  from: string
  to: string
  dice: Dice
  /** Minor units of the company's currency to one cent of the demo's dollar-like unit. */
  minorPerCent: bigint
}

/** What the sales demo made, for the steps that follow it. */
export interface SalesDemoBook {
  customers: Contact[]
  suppliers: Contact[]
  products: Map<string, Product>
}

interface PostedInvoice {
  id: string
  contactId: string
  date: string
  dueDate: string
}

/**
 * The shop's trade on account over the demo year, all through the sales services: tax codes,
 * customers and suppliers, products, four to seven invoices a month, their payments (most on
 * time, some partly, some not at all and now overdue, one customer paying two invoices at once,
 * one overpaying and keeping the credit), a credit note for returned goods, the quotes and
 * orders of the last weeks, the suppliers' bills and their payments, and some trade in euros.
 */
export function addSalesDemo(ctx: CompanyContext, options: SalesDemoOptions): void {
  const { dice, to } = options
  const accountIds = new Map(
    ['1120', '2200', '4100', '4200', '5100', '6400', '6500'].map((code) => {
      const account = findAccountByCode(ctx, code)
      if (!account || account.archived)
        throw new DaftarError(
          'validation',
          `The demo needs the standard chart of accounts, and account ${code} is missing or archived`,
        )
      return [code, account.id]
    }),
  )
  const book = salesMasterData(ctx, options, accountIds)
  const invoices: PostedInvoice[] = []
  for (let month = options.from; month <= to; month = nextMonth(month)) {
    const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))
    const days = Array.from({ length: dice.int(4, 7) }, () => dice.int(1, last)).sort(
      (a, b) => a - b,
    )
    for (const day of days) {
      const date = `${month.slice(0, 8)}${String(day).padStart(2, '0')}`
      const customer = book.customers[dice.int(0, book.customers.length - 1)]!
      invoices.push(postInvoice(ctx, customer.id, date, invoiceLines(dice, book)))
    }
  }
  creditReturnedGoods(ctx, invoices, book, to)
  receivePayments(ctx, invoices, options, accountIds.get('1120')!)
  addSalesFlowDemo(ctx, book, options)
  addPurchasesDemo(ctx, book, options, {
    bank: accountIds.get('1120')!,
    marketing: accountIds.get('6500')!,
  })
  addForeignTradeDemo(ctx, book, { ...options, bank: accountIds.get('1120')! })
}

function salesMasterData(
  ctx: CompanyContext,
  options: SalesDemoOptions,
  accountIds: Map<string, string>,
): SalesDemoBook {
  const account = (code: string) => accountIds.get(code)!
  const money = (cents: bigint | number) => (BigInt(cents) * options.minorPerCent) / 100n
  const vat = createTaxCode(ctx, {
    code: 'VAT10',
    name: 'VAT 10%',
    rate: 1000,
    pricesIncludeTax: false,
    outputAccountId: account('2200'),
    inputAccountId: account('2200'),
  })
  createTaxCode(ctx, {
    code: 'ZERO',
    name: 'Zero-rated food',
    rate: 0,
    pricesIncludeTax: false,
    outputAccountId: account('2200'),
    inputAccountId: account('2200'),
  })
  const customers = DEMO_CUSTOMERS.map((input) =>
    createContact(ctx, {
      ...input,
      creditLimit: input.creditLimit == null ? null : money(input.creditLimit),
    }),
  )
  const suppliers = DEMO_SUPPLIERS.map((input) => createContact(ctx, input))
  const products = new Map(
    DEMO_PRODUCTS.map((item) => [
      item.code,
      createProduct(ctx, {
        code: item.code,
        name: item.name,
        kind: item.kind,
        unit: item.unit,
        salesPrice: money(item.price),
        purchasePrice: money(item.cost),
        taxCodeId: item.taxed ? vat.id : null,
        incomeAccountId: account(item.service ? '4200' : '4100'),
        expenseAccountId: account(item.service ? '6400' : '5100'),
      }),
    ]),
  )
  return { customers, suppliers, products }
}

/** One to three different products; goods by the bag or box, catering by the guest. */
export function invoiceLines(dice: Dice, book: SalesDemoBook): DocumentLineInput[] {
  const codes = [...book.products.keys()]
  const picked = new Set<string>()
  const count = dice.int(1, 3)
  while (picked.size < count) picked.add(codes[dice.int(0, codes.length - 1)]!)
  return [...picked].map((code) => ({
    productId: book.products.get(code)!.id,
    quantity:
      BigInt(code === 'CATER' ? dice.int(20, 80) : code === 'GRINDER' ? 1 : dice.int(1, 12)) *
      1000n,
  }))
}

function postInvoice(
  ctx: CompanyContext,
  contactId: string,
  date: string,
  lines: DocumentLineInput[],
): PostedInvoice {
  const draft = saveDocumentDraft(ctx, 'invoice', { contactId, date, lines })
  postDocument(ctx, draft.id, 'invoice')
  return { id: draft.id, contactId, date, dueDate: draft.dueDate }
}

/** A customer sends back one of the goods on a mid-year invoice. */
function creditReturnedGoods(
  ctx: CompanyContext,
  invoices: PostedInvoice[],
  book: SalesDemoBook,
  to: string,
): void {
  const goods = new Set(
    [...book.products.values()].filter((p) => p.kind !== 'service').map((p) => p.id),
  )
  const candidates = invoices.slice(Math.floor(invoices.length / 3))
  for (const invoice of candidates) {
    const line = getDocument(ctx, invoice.id).lines.find(
      (l) => l.productId && goods.has(l.productId) && l.quantity >= 2000n,
    )
    if (!line) continue
    const note = saveDocumentDraft(ctx, 'credit_note', {
      contactId: invoice.contactId,
      date: addDays(invoice.date, 3) < to ? addDays(invoice.date, 3) : to,
      memo: 'Returned: damaged in delivery',
      sourceDocumentId: invoice.id,
      lines: [{ productId: line.productId, quantity: 1000n, unitPrice: line.unitPrice }],
    })
    postDocument(ctx, note.id, 'credit_note')
    return
  }
}

/**
 * Most invoices are paid around their due date; some only in part, some (of the last months) not
 * at all. Invoices not yet due at the demo's end are left open. One customer settles invoices in pairs with a single
 * payment, and one pays a little more than owed and keeps the credit.
 */
function receivePayments(
  ctx: CompanyContext,
  invoices: PostedInvoice[],
  options: SalesDemoOptions,
  bank: string,
): void {
  const { dice, to } = options
  const paidLater = new Map<string, { invoice: PostedInvoice; amount: bigint }>()
  let overpaid = false
  for (const invoice of invoices) {
    if (invoice.dueDate > to) continue
    const outstanding = getDocument(ctx, invoice.id).outstanding
    if (outstanding <= 0n) continue
    // Old debts have mostly been settled; the last four months' are where the overdue ones are.
    const recent = addDays(invoice.dueDate, 120) > to
    const roll = dice.int(1, 100)
    if (recent && roll > 82) continue // overdue: never paid
    const part = roll > (recent ? 70 : 93) ? BigInt(dice.int(30, 70)) : 100n
    const amount = (outstanding * part) / 100n
    let date = addDays(invoice.dueDate, dice.int(-6, 9))
    if (date < invoice.date) date = invoice.date
    if (date > to) date = to
    const contact = ctx.q.first(
      ctx.db.selectFrom('contact').select('name').where('id', '=', invoice.contactId),
    )!
    if (part === 100n && contact.name === 'Northside Offices Ltd') {
      const waiting = paidLater.get(invoice.contactId)
      if (!waiting) {
        paidLater.set(invoice.contactId, { invoice, amount })
        continue
      }
      paidLater.delete(invoice.contactId)
      receivePayment(ctx, {
        contactId: invoice.contactId,
        date,
        accountId: bank,
        amount: waiting.amount + amount,
        reference: 'Remittance advice',
        allocations: [
          { documentId: waiting.invoice.id, amount: waiting.amount },
          { documentId: invoice.id, amount },
        ],
      })
      continue
    }
    const extra: bigint = part === 100n && !overpaid && contact.name === 'Hana Kim' ? 500n : 0n
    overpaid ||= extra > 0n
    receivePayment(ctx, {
      contactId: invoice.contactId,
      date,
      accountId: bank,
      amount: amount + (extra * options.minorPerCent) / 100n,
      reference: part === 100n ? '' : 'Part payment',
      allocations: [{ documentId: invoice.id, amount }],
      keepCredit: extra > 0n,
    })
  }
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`
}
