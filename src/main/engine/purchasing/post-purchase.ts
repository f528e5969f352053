import type { PostedDocumentRef } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { requireSupplier } from '../sales/documents'
import { cancelPosted } from '../sales/post-document'
import { postTradeDocument, type TradeSide } from '../sales/post-trade-document'
import { refuseDuplicateReference } from './bills'
import { payablesAccountId } from './purchasing-accounts'

const PURCHASES: TradeSide = {
  side: 'payable',
  opens: 'bill',
  note: 'debit_note',
  series: { opens: 'BILL', note: 'DN' },
  requireContact: requireSupplier,
  controlAccountId: payablesAccountId,
  taxAccountId: (line) => line.input_account_id,
  rest: 'debit',
  checkOpening: (ctx, doc) => refuseDuplicateReference(ctx, doc.contact_id, doc.reference, doc.id),
}

/**
 * Posts a draft bill or debit note: numbers it, writes its journal through the one posting path
 * (a bill credits payables and debits each line's account and the input tax; a debit note is the
 * mirror), and adds its payable open item, all in one transaction. A debit note settles what it
 * can of its bill; any rest stays as the supplier's debit (money they owe us back).
 */
export function postPurchaseDocument(
  ctx: CompanyContext,
  id: string,
  type: 'bill' | 'debit_note',
): PostedDocumentRef {
  return postTradeDocument(ctx, id, type, PURCHASES)
}

/**
 * Cancels a posted bill nothing has been paid or debited against: its journal is reversed and
 * its payable closed. Its supplier reference is free again for a corrected bill.
 */
export function cancelBill(ctx: CompanyContext, id: string, date?: string): PostedDocumentRef {
  return cancelPosted(ctx, id, 'bill', date)
}
