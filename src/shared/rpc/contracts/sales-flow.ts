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
import { id, isoDate } from '../fields'
import {
  closeOrderInput,
  draftDocumentInput,
  orderLinesToTake,
  orderListFilter,
} from '../sales-contract'

/** Quotes, sales orders, the quick cash sale and printing, spread into the one contract. */
export const salesFlowContract = {
  'quotes.list': procedure<Quote[]>()(orderListFilter, 'read'),
  'quotes.get': procedure<Quote>()(z.object({ id }), 'read'),
  'quotes.saveDraft': procedure<Quote>()(draftDocumentInput, 'write'),
  'quotes.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'quotes.issue': procedure<Quote>()(z.object({ id }), 'write'),
  'quotes.decline': procedure<Quote>()(closeOrderInput, 'write'),
  'quotes.acceptIntoOrder': procedure<SalesOrder>()(
    z.object({ id, date: isoDate.optional() }),
    'write',
  ),
  'quotes.acceptIntoInvoice': procedure<PostedDocumentRef>()(
    z.object({ id, date: isoDate.optional() }),
    'write',
  ),
  'salesOrders.list': procedure<SalesOrder[]>()(orderListFilter, 'read'),
  'salesOrders.get': procedure<SalesOrder>()(z.object({ id }), 'read'),
  'salesOrders.saveDraft': procedure<SalesOrder>()(draftDocumentInput, 'write'),
  'salesOrders.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'salesOrders.issue': procedure<SalesOrder>()(z.object({ id }), 'write'),
  'salesOrders.close': procedure<SalesOrder>()(closeOrderInput, 'write'),
  /** Lines absent: everything left on the order. */
  'salesOrders.invoice': procedure<PostedDocumentRef>()(
    z.object({
      orderId: id,
      date: isoDate.optional(),
      lines: orderLinesToTake,
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
