import { z } from 'zod'
import type { GroupPrice } from '../../domain/price-lists'
import type { PostedDocumentRef, Product } from '../../domain/sales'
import type {
  CashSaleResult,
  PrintDetails,
  PrintedPdf,
  Quote,
  SalesOrder,
} from '../../domain/sales-flow'
import { procedure } from '../procedure'
import { documentInput } from '../sales-contract'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
const id = z.string().min(1)
const listFilter = z.object({ contactId: z.string().optional(), openOnly: z.boolean().optional() })

// A quote's or order's draft: an invoice's fields, its currency's rate among them.
const draftInput = documentInput.extend({ draftId: z.string().optional() })

const closeInput = z.object({
  id,
  date: isoDate.optional(),
  reason: z.string().max(500).optional(),
})

/** Quotes, sales orders, the quick cash sale and printing, spread into the one contract. */
export const salesFlowContract = {
  'quotes.list': procedure<Quote[]>()(listFilter, 'read'),
  'quotes.get': procedure<Quote>()(z.object({ id }), 'read'),
  'quotes.saveDraft': procedure<Quote>()(draftInput, 'write'),
  'quotes.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'quotes.issue': procedure<Quote>()(z.object({ id }), 'write'),
  'quotes.decline': procedure<Quote>()(closeInput, 'write'),
  'quotes.acceptIntoOrder': procedure<SalesOrder>()(
    z.object({ id, date: isoDate.optional() }),
    'write',
  ),
  'quotes.acceptIntoInvoice': procedure<PostedDocumentRef>()(
    z.object({ id, date: isoDate.optional() }),
    'write',
  ),
  'salesOrders.list': procedure<SalesOrder[]>()(listFilter, 'read'),
  'salesOrders.get': procedure<SalesOrder>()(z.object({ id }), 'read'),
  'salesOrders.saveDraft': procedure<SalesOrder>()(draftInput, 'write'),
  'salesOrders.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'salesOrders.issue': procedure<SalesOrder>()(z.object({ id }), 'write'),
  'salesOrders.close': procedure<SalesOrder>()(closeInput, 'write'),
  /** Lines absent: everything left on the order. */
  'salesOrders.invoice': procedure<PostedDocumentRef>()(
    z.object({
      orderId: id,
      date: isoDate.optional(),
      lines: z
        .array(z.object({ lineNo: z.number().int().positive(), quantity: z.bigint() }))
        .max(10_000)
        .optional(),
    }),
    'write',
  ),
  /** Products whose code starts with, or whose name contains, the text: the counter's search. */
  'cashSale.findProducts': procedure<Product[]>()(
    z.object({
      query: z.string().max(200),
      limit: z.number().int().positive().max(100).optional(),
    }),
    'read',
  ),
  /** The walk-in customer's group prices, so the counter's cart shows what the sale will take. */
  'cashSale.prices': procedure<GroupPrice[]>()(z.object({}).optional(), 'read'),
  'cashSale.post': procedure<CashSaleResult>()(
    z.object({
      date: isoDate.optional(),
      method: z.enum(['cash', 'card']),
      accountId: z.string().optional(),
      contactId: z.string().optional(),
      tendered: z.bigint().nonnegative().optional(),
      lines: z
        .array(
          z.object({
            code: z.string().max(200),
            quantity: z.bigint(),
            unitPrice: z.bigint().optional(),
          }),
        )
        .max(10_000),
    }),
    'write',
  ),
  'print.details': procedure<PrintDetails>()(z.object({}).optional(), 'read'),
  'print.setDetails': procedure<PrintDetails>()(
    z.object({
      address: z.string().max(2000).optional(),
      taxId: z.string().max(100).optional(),
      footer: z.string().max(2000).optional(),
      logoBase64: z.string().max(4_000_000).nullable().optional(),
    }),
    'admin',
  ),
  /** The PDF of a quote, order, invoice, credit note or payment receipt, by number or id. */
  'print.pdf': procedure<PrintedPdf>()(
    z
      .object({
        kind: z.enum(['invoice', 'quote', 'sales-order', 'credit-note', 'receipt']),
        number: z.string().optional(),
        id: z.string().optional(),
      })
      .refine((input) => Boolean(input.number ?? input.id), {
        message: 'give the number or the id',
        path: ['number'],
      }),
    'read',
  ),
} as const
