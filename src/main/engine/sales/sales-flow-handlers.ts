import type { salesFlowContract } from '../../../shared/rpc/contracts/sales-flow'
import type { HandlerMap } from '../rpc/handler'
import { getPrintDetails, setPrintDetails } from '../sales-print/print-details'
import { printedPdf } from '../sales-print/print-document'
import { cashSale, cashSalePrices, findProducts } from './cash-sale'
import { deleteDocumentDraft, saveDocumentDraft } from './documents'
import { closeDocument, issueDocument } from './issue-document'
import { getOrder, invoiceOrder, listOrders } from './orders'
import { acceptQuoteIntoInvoice, acceptQuoteIntoOrder, getQuote, listQuotes } from './quotes'

export const salesFlowHandlers: HandlerMap<keyof typeof salesFlowContract> = {
  'quotes.list': (s, filter) => listQuotes(s.requireCompany(), filter),
  'quotes.get': (s, { id }) => getQuote(s.requireCompany(), id),
  'quotes.saveDraft': (s, { draftId, ...input }) => {
    const ctx = s.requireCompany()
    return getQuote(ctx, saveDocumentDraft(ctx, 'quote', input, draftId).id)
  },
  'quotes.deleteDraft': (s, { id }) => {
    deleteDocumentDraft(s.requireCompany(), id, 'quote')
    return { ok: true }
  },
  'quotes.issue': (s, { id }) => {
    issueDocument(s.requireCompany(), id, 'quote')
    return getQuote(s.requireCompany(), id)
  },
  'quotes.decline': (s, { id, date, reason }) => {
    closeDocument(s.requireCompany(), id, 'quote', reason ?? 'declined', date)
    return getQuote(s.requireCompany(), id)
  },
  'quotes.acceptIntoOrder': (s, { id, date }) => acceptQuoteIntoOrder(s.requireCompany(), id, date),
  'quotes.acceptIntoInvoice': (s, { id, date }) =>
    acceptQuoteIntoInvoice(s.requireCompany(), id, date),
  'salesOrders.list': (s, filter) => listOrders(s.requireCompany(), filter),
  'salesOrders.get': (s, { id }) => getOrder(s.requireCompany(), id),
  'salesOrders.saveDraft': (s, { draftId, ...input }) => {
    const ctx = s.requireCompany()
    return getOrder(ctx, saveDocumentDraft(ctx, 'sales_order', input, draftId).id)
  },
  'salesOrders.deleteDraft': (s, { id }) => {
    deleteDocumentDraft(s.requireCompany(), id, 'sales_order')
    return { ok: true }
  },
  'salesOrders.issue': (s, { id }) => {
    issueDocument(s.requireCompany(), id, 'sales_order')
    return getOrder(s.requireCompany(), id)
  },
  'salesOrders.close': (s, { id, date, reason }) => {
    closeDocument(s.requireCompany(), id, 'sales_order', reason ?? 'closed', date)
    return getOrder(s.requireCompany(), id)
  },
  'salesOrders.invoice': (s, input) => invoiceOrder(s.requireCompany(), input),
  'cashSale.findProducts': (s, { query, limit }) => findProducts(s.requireCompany(), query, limit),
  'cashSale.post': (s, input) => cashSale(s.requireCompany(), input),
  'cashSale.prices': (s) => cashSalePrices(s.requireCompany()),
  'print.details': (s) => getPrintDetails(s.requireCompany()),
  'print.setDetails': (s, input) => setPrintDetails(s.requireCompany(), input),
  'print.pdf': (s, target) => printedPdf(s.requireCompany(), target),
}
