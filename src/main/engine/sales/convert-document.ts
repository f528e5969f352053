import { today } from '../../../shared/dates'
import type { DocumentLine, SalesDocument } from '../../../shared/domain/sales'
import type { CompanyContext } from '../company/company-context'
import { saveDocumentDraft } from './documents'

export interface CopiedLine {
  line: DocumentLine
  quantity: bigint
}

/**
 * A new draft of `type` holding the source's lines (at the quantities given) with the same
 * prices, tax codes and accounts, linked to the source. Its reference is the source's (or its
 * number) unless one is given, as a bill gives the supplier's invoice number. The caller issues
 * or posts it in the same transaction.
 */
export function copyIntoDraft(
  ctx: CompanyContext,
  source: SalesDocument,
  type: 'sales_order' | 'invoice' | 'bill',
  lines: CopiedLine[],
  date?: string,
  reference?: string,
): SalesDocument {
  return saveDocumentDraft(ctx, type, {
    contactId: source.contactId,
    date: date ?? today(),
    currency: source.currency,
    // A foreign order is invoiced or billed at its own rate unless the draft is changed.
    rate: source.rate,
    reference: reference ?? (source.reference || (source.number ?? '')),
    memo: source.memo,
    sourceDocumentId: source.id,
    lines: lines.map(({ line, quantity }) => ({
      productId: line.productId,
      description: line.description,
      quantity,
      unitPrice: line.unitPrice,
      taxCodeId: line.taxCodeId,
      accountId: line.accountId,
    })),
  })
}

/** Records which order line each of the invoice's lines invoices. */
export function linkLines(
  ctx: CompanyContext,
  invoiceId: string,
  orderId: string,
  sourceLineNos: number[],
): void {
  sourceLineNos.forEach((sourceLineNo, index) =>
    ctx.q.run(
      ctx.db.insertInto('document_line_source').values({
        document_id: invoiceId,
        line_no: BigInt(index + 1),
        source_document_id: orderId,
        source_line_no: BigInt(sourceLineNo),
      }),
    ),
  )
}
