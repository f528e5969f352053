import { sql } from 'kysely'
import { isIsoDate, today } from '../../../shared/dates'
import type { GroupPrice } from '../../../shared/domain/price-lists'
import type { Product } from '../../../shared/domain/sales'
import type { CashSaleInput, CashSaleResult } from '../../../shared/domain/sales-flow'
import { toDecimalString } from '../../../shared/money'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { createContact } from '../contacts/contacts'
import { findAccountByCode } from '../ledger/accounts'
import { deliverSale } from '../inventory/sale-delivery'
import { contactGroupPrices } from '../price-lists/price-for'
import { getProduct } from '../products/products'
import { saveDocumentDraft } from './documents'
import { receivePayment } from './payments'
import { postDocument } from './post-document'

export const CASH_CUSTOMER_TAG = 'cash-sale'
const METHOD_ACCOUNT = { cash: '1110', card: '1120' } as const

/**
 * The shop counter's sale in one transaction: an invoice to the walk-in customer (or a named
 * one) posted, and its payment into the cash or card account posted and allocated to it. Either
 * both are in the books or neither is.
 */
export function cashSale(ctx: CompanyContext, input: CashSaleInput): CashSaleResult {
  return ctx.transaction(() => {
    const date = input.date ?? today()
    if (!isIsoDate(date)) throw validationError('date', `${date} is not a real date (YYYY-MM-DD)`)
    if (input.lines.length === 0) throw validationError('lines', 'Scan or choose at least one item')
    const lines = input.lines.map((line, index) => {
      if (line.quantity <= 0n)
        throw validationError(
          `lines.${index}.quantity`,
          `Line ${index + 1}: the quantity must be more than zero`,
          { line: index + 1 },
        )
      return {
        productId: productByCode(ctx, line.code, index),
        quantity: line.quantity,
        ...(line.unitPrice === undefined ? {} : { unitPrice: line.unitPrice }),
      }
    })
    const accountId = input.accountId ?? methodAccount(ctx, input.method)
    const contactId = input.contactId ?? cashCustomerId(ctx)
    const draft = saveDocumentDraft(ctx, 'invoice', { contactId, date, dueDate: date, lines })
    const change = (input.tendered ?? draft.gross) - draft.gross
    if (change < 0n) {
      const decimals = ctx.settings().decimals
      throw validationError(
        'tendered',
        `${toDecimalString(input.tendered!, decimals)} handed over is less than the total of ${toDecimalString(draft.gross, decimals)}`,
      )
    }
    const invoice = postDocument(ctx, draft.id, 'invoice')
    deliverSale(
      ctx,
      { id: draft.id, contactId, date },
      lines.map((line, index) => ({ ...line, index })),
    )
    const payment = receivePayment(ctx, {
      contactId,
      date,
      accountId,
      amount: draft.gross,
      reference: invoice.number,
      allocations: [{ documentId: draft.id, amount: draft.gross }],
    })
    return {
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      paymentId: payment.id,
      receiptNumber: payment.number,
      contactId,
      gross: draft.gross,
      change,
      warnings: invoice.warnings,
    }
  })
}

/** A product by its code as typed or scanned: exact first, then ignoring case. */
export function productByCode(ctx: CompanyContext, code: string, index: number): string {
  const wanted = code.trim()
  const exact = ctx.q.first(ctx.db.selectFrom('product').select('id').where('code', '=', wanted))
  const found =
    exact ??
    ctx.q.first(
      ctx.db
        .selectFrom('product')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['code']), '=', wanted.toLowerCase()))
        .where('archived', '=', 0n),
    )
  if (!wanted || !found)
    throw validationError(
      `lines.${index}.code`,
      `Line ${index + 1}: no product has the code "${wanted}"`,
      {
        line: index + 1,
      },
    )
  return found.id
}

function methodAccount(ctx: CompanyContext, method: CashSaleInput['method']): string {
  const code = METHOD_ACCOUNT[method]
  const account = findAccountByCode(ctx, code)
  if (!account || account.archived)
    throw validationError(
      'accountId',
      `A ${method} sale goes to account ${code}, which is missing or archived; choose an account`,
    )
  return account.id
}

/** The walk-in customer's group prices, which the counter's sales take; none before the first. */
export function cashSalePrices(ctx: CompanyContext): GroupPrice[] {
  const existing = findCashCustomer(ctx)
  return existing ? contactGroupPrices(ctx, existing.id) : []
}

/** The walk-in customer, created on the first cash sale. */
function cashCustomerId(ctx: CompanyContext): string {
  const existing = findCashCustomer(ctx)
  if (existing) return existing.id
  return createContact(ctx, {
    name: 'Cash customer',
    kind: 'person',
    isCustomer: true,
    isSupplier: false,
    tags: [CASH_CUSTOMER_TAG],
    notes: 'Walk-in sales at the counter',
  }).id
}

function findCashCustomer(ctx: CompanyContext) {
  return ctx.q.first(
    ctx.db
      .selectFrom('contact')
      .select('id')
      .where('tags', 'like', `%"${CASH_CUSTOMER_TAG}"%`)
      .where('is_customer', '=', 1n)
      .where('archived', '=', 0n)
      .orderBy('created_at')
      .limit(1),
  )
}

/** The counter's search: an exact code first, then codes starting with and names containing it. */
export function findProducts(ctx: CompanyContext, query: string, limit = 20): Product[] {
  const text = query.trim().toLowerCase()
  if (!text) return []
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const prefix = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = ctx.q.all(
    ctx.db
      .selectFrom('product')
      .select('id')
      .where('archived', '=', 0n)
      .where((eb) =>
        eb.or([
          eb(sql`lower(code)`, 'like', sql`${prefix} ESCAPE '\\'`),
          eb(sql`lower(name)`, 'like', sql`${like} ESCAPE '\\'`),
        ]),
      )
      .orderBy(sql`lower(code) = ${text}`, 'desc')
      .orderBy('code')
      .limit(limit),
  )
  return rows.map((row) => getProduct(ctx, row.id))
}
