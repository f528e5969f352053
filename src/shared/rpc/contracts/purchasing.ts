import { z } from 'zod'
import type {
  PayablesAgeing,
  PurchaseOrder,
  PurchasesBySupplier,
  SupplierPaymentRow,
} from '../../domain/purchasing'
import type { AppliedCredit, Payment, PostedDocumentRef, SalesDocument } from '../../domain/sales'
import type { DocumentListPage } from '../../domain/document-list'
import { procedure } from '../procedure'
import { id, isoDate, money } from '../fields'
import {
  ageingInput,
  closeOrderInput,
  contactFilter,
  documentInput,
  documentListQuery,
  draftDocumentInput,
  orderLinesToTake,
  orderListFilter,
  paymentInput,
} from '../sales-contract'

const draftId = z.string().optional()

/** Purchasing: purchase orders, supplier bills, debit notes, supplier payments, payables. */
export const purchasingContract = {
  'purchaseOrders.list': procedure<PurchaseOrder[]>()(orderListFilter, 'read'),
  'purchaseOrders.get': procedure<PurchaseOrder>()(z.object({ id }), 'read'),
  'purchaseOrders.saveDraft': procedure<PurchaseOrder>()(draftDocumentInput, 'write'),
  'purchaseOrders.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'purchaseOrders.issue': procedure<PurchaseOrder>()(z.object({ id }), 'write'),
  'purchaseOrders.close': procedure<PurchaseOrder>()(closeOrderInput, 'write'),
  'purchaseOrders.bill': procedure<PostedDocumentRef>()(
    z.object({
      orderId: id,
      reference: z.string().max(200),
      date: isoDate.optional(),
      lines: orderLinesToTake,
    }),
    'write',
  ),
  'bills.list': procedure<SalesDocument[]>()(contactFilter, 'read'),
  'bills.find': procedure<DocumentListPage>()(documentListQuery, 'read'),
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
  'debitNotes.list': procedure<SalesDocument[]>()(contactFilter, 'read'),
  'debitNotes.find': procedure<DocumentListPage>()(documentListQuery, 'read'),
  'supplierPayments.list': procedure<SupplierPaymentRow[]>()(contactFilter, 'read'),
  'supplierPayments.pay': procedure<Payment>()(paymentInput, 'write'),
  'reports.payablesAgeing': procedure<PayablesAgeing>()(ageingInput, 'read'),
  'reports.purchasesBySupplier': procedure<PurchasesBySupplier>()(
    z.object({ from: isoDate, to: isoDate, contactId: z.string().optional() }),
    'read',
  ),
} as const
