import { z } from 'zod'
import type {
  PayablesAgeing,
  PurchaseOrder,
  PurchasesBySupplier,
  SupplierPaymentRow,
} from '../../domain/purchasing'
import type { AppliedCredit, Payment, PostedDocumentRef, SalesDocument } from '../../domain/sales'
import { procedure } from '../procedure'
import { documentInput } from '../sales-contract'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
const id = z.string().min(1)
const money = z.bigint().nonnegative()
const draftId = z.string().optional()

/** Purchasing: purchase orders, supplier bills, debit notes, supplier payments, payables. */
export const purchasingContract = {
  'purchaseOrders.list': procedure<PurchaseOrder[]>()(
    z.object({ contactId: z.string().optional(), openOnly: z.boolean().optional() }),
    'read',
  ),
  'purchaseOrders.get': procedure<PurchaseOrder>()(z.object({ id }), 'read'),
  'purchaseOrders.saveDraft': procedure<PurchaseOrder>()(
    documentInput.extend({ draftId }),
    'write',
  ),
  'purchaseOrders.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'purchaseOrders.issue': procedure<PurchaseOrder>()(z.object({ id }), 'write'),
  'purchaseOrders.close': procedure<PurchaseOrder>()(
    z.object({ id, date: isoDate.optional(), reason: z.string().max(500).optional() }),
    'write',
  ),
  'purchaseOrders.bill': procedure<PostedDocumentRef>()(
    z.object({
      orderId: id,
      reference: z.string().max(200),
      date: isoDate.optional(),
      lines: z
        .array(z.object({ lineNo: z.number().int().positive(), quantity: z.bigint() }))
        .max(10_000)
        .optional(),
    }),
    'write',
  ),
  'bills.list': procedure<SalesDocument[]>()(
    z.object({ contactId: z.string().optional() }),
    'read',
  ),
  'bills.get': procedure<SalesDocument>()(z.object({ id }), 'read'),
  'bills.saveDraft': procedure<SalesDocument>()(
    documentInput.extend({ reference: z.string().max(200), draftId }),
    'write',
  ),
  'bills.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'bills.post': procedure<PostedDocumentRef>()(z.object({ id }), 'write'),
  'bills.cancel': procedure<PostedDocumentRef>()(
    z.object({ id, date: isoDate.optional() }),
    'write',
  ),
  /** A supplier's credit (payments kept as credit, debit notes' rests) used on a bill. */
  'bills.applyCredit': procedure<AppliedCredit>()(
    z.object({ billId: id, amount: money.optional() }),
    'write',
  ),
  'debitNotes.saveDraft': procedure<SalesDocument>()(
    documentInput.extend({ billId: id, draftId }),
    'write',
  ),
  'debitNotes.post': procedure<PostedDocumentRef>()(z.object({ id }), 'write'),
  'debitNotes.list': procedure<SalesDocument[]>()(
    z.object({ contactId: z.string().optional() }),
    'read',
  ),
  'supplierPayments.list': procedure<SupplierPaymentRow[]>()(
    z.object({ contactId: z.string().optional() }),
    'read',
  ),
  'supplierPayments.pay': procedure<Payment>()(
    z.object({
      contactId: id,
      date: isoDate,
      accountId: id,
      amount: money,
      currency: z.string().length(3).optional(),
      rate: z.bigint().optional(),
      reference: z.string().max(200).optional(),
      memo: z.string().max(2000).optional(),
      allocations: z
        .array(z.object({ documentId: id, amount: money }))
        .max(10_000)
        .optional(),
      keepCredit: z.boolean().optional(),
    }),
    'write',
  ),
  'reports.payablesAgeing': procedure<PayablesAgeing>()(
    z.object({
      asOf: isoDate,
      buckets: z.array(z.number().int()).max(12).optional(),
      contactId: z.string().optional(),
    }),
    'read',
  ),
  'reports.purchasesBySupplier': procedure<PurchasesBySupplier>()(
    z.object({ from: isoDate, to: isoDate, contactId: z.string().optional() }),
    'read',
  ),
} as const
