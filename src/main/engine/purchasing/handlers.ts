import type { purchasingContract } from '../../../shared/rpc/contracts/purchasing'
import { payablesAgeing } from '../payables/payables-ageing'
import { purchasesBySupplier } from '../payables/purchases-by-supplier'
import type { HandlerMap } from '../rpc/handler'
import { applySupplierCredit } from '../sales/apply-credit'
import { findDocuments } from '../sales/document-list'
import { deleteDocumentDraft, getDocument, listDocuments } from '../sales/documents'
import { saveBillDraft, saveDebitNoteDraft, savePurchaseOrderDraft } from './bills'
import { cancelBill, postPurchaseDocument } from './post-purchase'
import {
  billOrder,
  closePurchaseOrder,
  getPurchaseOrder,
  issuePurchaseOrder,
  listPurchaseOrders,
} from './purchase-orders'
import { listSupplierPayments, paySupplier } from './supplier-payments'

export const purchasingHandlers: HandlerMap<keyof typeof purchasingContract> = {
  'purchaseOrders.list': (s, filter) => listPurchaseOrders(s.requireCompany(), filter),
  'purchaseOrders.get': (s, { id }) => getPurchaseOrder(s.requireCompany(), id),
  'purchaseOrders.saveDraft': (s, { draftId, ...input }) => {
    const ctx = s.requireCompany()
    return getPurchaseOrder(ctx, savePurchaseOrderDraft(ctx, input, draftId).id)
  },
  'purchaseOrders.deleteDraft': (s, { id }) => {
    deleteDocumentDraft(s.requireCompany(), id, 'purchase_order')
    return { ok: true }
  },
  'purchaseOrders.issue': (s, { id }) => issuePurchaseOrder(s.requireCompany(), id),
  'purchaseOrders.close': (s, { id, date, reason }) =>
    closePurchaseOrder(s.requireCompany(), id, reason, date),
  'purchaseOrders.bill': (s, input) => billOrder(s.requireCompany(), input),
  'bills.list': (s, { contactId }) => listDocuments(s.requireCompany(), 'bill', contactId),
  'bills.find': (s, query) => findDocuments(s.requireCompany(), 'bill', query),
  'bills.get': (s, { id }) => getDocument(s.requireCompany(), id),
  'bills.saveDraft': (s, { draftId, ...input }) =>
    saveBillDraft(s.requireCompany(), input, draftId),
  'bills.deleteDraft': (s, { id }) => {
    deleteDocumentDraft(s.requireCompany(), id, 'bill')
    return { ok: true }
  },
  'bills.post': (s, { id }) => postPurchaseDocument(s.requireCompany(), id, 'bill'),
  'bills.cancel': (s, { id, date }) => cancelBill(s.requireCompany(), id, date),
  'bills.applyCredit': (s, input) => applySupplierCredit(s.requireCompany(), input),
  'debitNotes.saveDraft': (s, { draftId, billId, ...input }) =>
    saveDebitNoteDraft(s.requireCompany(), billId, input, draftId),
  'debitNotes.post': (s, { id }) => postPurchaseDocument(s.requireCompany(), id, 'debit_note'),
  'debitNotes.list': (s, { contactId }) =>
    listDocuments(s.requireCompany(), 'debit_note', contactId),
  'debitNotes.find': (s, query) => findDocuments(s.requireCompany(), 'debit_note', query),
  'supplierPayments.pay': (s, input) => paySupplier(s.requireCompany(), input),
  'supplierPayments.list': (s, { contactId }) =>
    listSupplierPayments(s.requireCompany(), contactId),
  'reports.payablesAgeing': (s, query) => payablesAgeing(s.requireCompany(), query),
  'reports.purchasesBySupplier': (s, query) => purchasesBySupplier(s.requireCompany(), query),
}
