import type { purchasingContract } from '../../../shared/rpc/contracts/purchasing'
import { payablesAgeing } from '../payables/payables-ageing'
import { purchasesBySupplier } from '../payables/purchases-by-supplier'
import type { HandlerMap } from '../rpc/handler'
import { deleteDocumentDraft, getDocument, listDocuments } from '../sales/documents'
import { saveBillDraft, saveDebitNoteDraft, savePurchaseOrderDraft } from './bills'
import { cancelBill, postPurchaseDocument } from './post-purchase'
import { paySupplier } from './supplier-payments'

export const purchasingHandlers: HandlerMap<keyof typeof purchasingContract> = {
  'purchaseOrders.list': (s, { contactId }) =>
    listDocuments(s.requireCompany(), 'purchase_order', contactId),
  'purchaseOrders.saveDraft': (s, { draftId, ...input }) =>
    savePurchaseOrderDraft(s.requireCompany(), input, draftId),
  'bills.list': (s, { contactId }) => listDocuments(s.requireCompany(), 'bill', contactId),
  'bills.get': (s, { id }) => getDocument(s.requireCompany(), id),
  'bills.saveDraft': (s, { draftId, ...input }) =>
    saveBillDraft(s.requireCompany(), input, draftId),
  'bills.deleteDraft': (s, { id }) => {
    deleteDocumentDraft(s.requireCompany(), id, 'bill')
    return { ok: true }
  },
  'bills.post': (s, { id }) => postPurchaseDocument(s.requireCompany(), id, 'bill'),
  'bills.cancel': (s, { id, date }) => cancelBill(s.requireCompany(), id, date),
  'debitNotes.saveDraft': (s, { draftId, billId, ...input }) =>
    saveDebitNoteDraft(s.requireCompany(), billId, input, draftId),
  'debitNotes.post': (s, { id }) => postPurchaseDocument(s.requireCompany(), id, 'debit_note'),
  'supplierPayments.pay': (s, input) => paySupplier(s.requireCompany(), input),
  'reports.payablesAgeing': (s, query) => payablesAgeing(s.requireCompany(), query),
  'reports.purchasesBySupplier': (s, query) => purchasesBySupplier(s.requireCompany(), query),
}
