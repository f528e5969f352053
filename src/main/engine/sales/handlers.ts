import type { HandlerMap } from '../rpc/handler'
import {
  createContact,
  deleteContact,
  getContact,
  listContacts,
  setContactArchived,
  updateContact,
} from '../contacts/contacts'
import {
  createProduct,
  listProducts,
  setProductArchived,
  updateProduct,
} from '../products/products'
import { createTaxCode, listTaxCodes } from '../products/tax-codes'
import { receivablesAgeing } from '../receivables/ageing'
import { applyCustomerCredit } from './apply-credit'
import { deleteDocumentDraft, getDocument, listDocuments, saveDocumentDraft } from './documents'
import { findDocuments } from './document-list'
import { getPayment, receivePayment } from './payments'
import { cancelInvoice, postDocument } from './post-document'
import { salesSettings, setSalesSettings } from './sales-settings'
import type { salesContract } from '../../../shared/rpc/sales-contract'

export const salesHandlers: HandlerMap<keyof typeof salesContract> = {
  'sales.settings': (s) => salesSettings(s.requireCompany()),
  'sales.setSettings': (s, input) => setSalesSettings(s.requireCompany(), input),
  'contacts.list': (s, { includeArchived }) => listContacts(s.requireCompany(), includeArchived),
  'contacts.get': (s, { id }) => getContact(s.requireCompany(), id),
  'contacts.create': (s, input) => createContact(s.requireCompany(), input),
  'contacts.update': (s, { id, ...input }) => updateContact(s.requireCompany(), id, input),
  'contacts.setArchived': (s, { id, archived }) =>
    setContactArchived(s.requireCompany(), id, archived),
  'contacts.delete': (s, { id }) => {
    deleteContact(s.requireCompany(), id)
    return { ok: true }
  },
  'taxCodes.list': (s) => listTaxCodes(s.requireCompany()),
  'taxCodes.create': (s, input) => createTaxCode(s.requireCompany(), input),
  'products.list': (s) => listProducts(s.requireCompany()),
  'products.create': (s, input) => createProduct(s.requireCompany(), input),
  'products.update': (s, { id, ...input }) => updateProduct(s.requireCompany(), id, input),
  'products.setArchived': (s, { id, archived }) =>
    setProductArchived(s.requireCompany(), id, archived),
  'invoices.list': (s, { contactId }) => listDocuments(s.requireCompany(), 'invoice', contactId),
  'invoices.find': (s, query) => findDocuments(s.requireCompany(), 'invoice', query),
  'invoices.get': (s, { id }) => getDocument(s.requireCompany(), id),
  'invoices.saveDraft': (s, { draftId, ...input }) =>
    saveDocumentDraft(s.requireCompany(), 'invoice', input, draftId),
  'invoices.deleteDraft': (s, { id }) => {
    deleteDocumentDraft(s.requireCompany(), id, 'invoice')
    return { ok: true }
  },
  'invoices.post': (s, { id }) => postDocument(s.requireCompany(), id, 'invoice'),
  'invoices.cancel': (s, { id, date }) => cancelInvoice(s.requireCompany(), id, date),
  'creditNotes.saveDraft': (s, { draftId, invoiceId, ...input }) =>
    saveDocumentDraft(
      s.requireCompany(),
      'credit_note',
      { ...input, sourceDocumentId: invoiceId },
      draftId,
    ),
  'creditNotes.find': (s, query) => findDocuments(s.requireCompany(), 'credit_note', query),
  'creditNotes.post': (s, { id }) => postDocument(s.requireCompany(), id, 'credit_note'),
  'invoices.applyCredit': (s, input) => applyCustomerCredit(s.requireCompany(), input),
  'payments.receive': (s, input) => receivePayment(s.requireCompany(), input),
  'payments.get': (s, { id }) => getPayment(s.requireCompany(), id),
  'reports.receivablesAgeing': (s, query) => receivablesAgeing(s.requireCompany(), query),
}
