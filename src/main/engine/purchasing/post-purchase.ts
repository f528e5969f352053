import type { PostedDocumentRef } from '../../../shared/domain/sales'
import { DaftarError, validationError } from '../../../shared/errors'
import { currencyDecimals, toDecimalString } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import { reserveNumbers } from '../ledger/numbering'
import { addItem, allocate, itemOf, outstanding } from '../receivables/open-items'
import { salesEntry, withExchangeDifference } from '../sales/document-posting'
import { exchangeAccountId } from '../sales/exchange-account'
import { aDocument, documentName, requireDraft, requireSupplier } from '../sales/documents'
import { cancelPosted, noteTarget } from '../sales/post-document'
import { refuseDuplicateReference } from './bills'
import { payablesAccountId } from './purchasing-accounts'
import { documentExchange } from '../sales/exchange'
import { postingLinesInBase, recordDocumentPosting } from '../sales/record-posting'

const SERIES: Record<'bill' | 'debit_note', string> = { bill: 'BILL', debit_note: 'DN' }

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
  return ctx.transaction(() => {
    const doc = requireDraft(ctx, id, type)
    const supplier = requireSupplier(ctx, doc.contact_id)
    const { lockDate, currency: base } = ctx.settings()
    const what = documentName(type).toLowerCase()
    if (lockDate && doc.date <= lockDate)
      throw new DaftarError(
        'period-locked',
        `The books are locked up to ${lockDate}; this ${what} is dated ${doc.date}`,
        { field: 'date' },
      )
    if (doc.gross <= 0n)
      throw validationError('lines', `${aDocument(type)} must come to more than zero`)
    if (type === 'bill') refuseDuplicateReference(ctx, doc.contact_id, doc.reference, id)
    const billItem = type === 'debit_note' ? noteTarget(ctx, doc, 'debit_note') : undefined

    const [number] = reserveNumbers(ctx, SERIES[type], 1)
    const inBase = postingLinesInBase(ctx, doc, documentExchange(ctx, doc, base))
    addItem(ctx, {
      side: 'payable',
      contactId: supplier.id,
      documentId: id,
      date: doc.date,
      dueDate: type === 'bill' ? doc.due_date : doc.date,
      amount: type === 'bill' ? inBase.gross : -inBase.gross,
      currency: doc.currency,
      docAmount: type === 'bill' ? doc.gross : -doc.gross,
    })
    const warnings: string[] = []
    let gap = 0n
    if (billItem) {
      const open = outstanding(billItem)
      const applied = open < doc.gross ? open : doc.gross
      if (applied > 0n)
        gap = allocate(ctx, billItem, itemOf(ctx, { documentId: id }, 'payable')!, applied)
      if (applied < doc.gross)
        warnings.push(
          `${toDecimalString(doc.gross - applied, currencyDecimals(doc.currency))} is kept as ${supplier.name}'s debit`,
        )
    }
    const controlAccountId = payablesAccountId(ctx)
    const entry = withExchangeDifference(
      salesEntry(
        {
          number: number!,
          date: doc.date,
          contactName: supplier.name,
          gross: inBase.gross,
          lines: inBase.lines.map((line) => ({
            accountId: line.account_id,
            taxAccountId: line.input_account_id,
            net: line.net,
            tax: line.tax,
          })),
        },
        controlAccountId,
        type,
      ),
      gap,
      controlAccountId,
      () => exchangeAccountId(ctx),
      'payable',
    )
    const journalEntryId = recordDocumentPosting(ctx, id, number!, entry, inBase)
    return { id, number: number!, journalEntryId, warnings }
  })
}

/**
 * Cancels a posted bill nothing has been paid or debited against: its journal is reversed and
 * its payable closed. Its supplier reference is free again for a corrected bill.
 */
export function cancelBill(ctx: CompanyContext, id: string, date?: string): PostedDocumentRef {
  return cancelPosted(ctx, id, 'bill', date)
}
