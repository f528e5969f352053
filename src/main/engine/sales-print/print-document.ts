import type { PrintableDocument } from '../../../shared/domain/printable'
import type { DocumentType } from '../../../shared/domain/sales'
import type { PrintKind, PrintedPdf } from '../../../shared/domain/sales-flow'
import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { renderPdf } from '../print/render-pdf'
import { getDocument } from '../sales/documents'
import { getPayment } from '../sales/payments'
import { printableSalesDocument } from './document-printable'
import { printableReceipt } from './receipt-printable'

export const PRINT_KINDS: readonly PrintKind[] = [
  'invoice',
  'quote',
  'sales-order',
  'credit-note',
  'receipt',
]

const DOCUMENT_TYPES: Record<Exclude<PrintKind, 'receipt'>, DocumentType> = {
  invoice: 'invoice',
  quote: 'quote',
  'sales-order': 'sales_order',
  'credit-note': 'credit_note',
}

export interface PrintTarget {
  kind: PrintKind
  number?: string
  id?: string
}

/** The view model of a numbered (issued or posted) document or payment, found by number or id. */
export function printableFor(ctx: CompanyContext, target: PrintTarget): PrintableDocument {
  const key = target.number ?? target.id ?? ''
  const missing = () =>
    new DaftarError('not-found', `No ${target.kind.replace('-', ' ')} numbered ${key}`, {
      what: target.kind,
      key,
      field: 'number',
    })
  if (target.kind === 'receipt') {
    const row = ctx.q.first(
      ctx.db
        .selectFrom('payment')
        .select('id')
        .where(target.number !== undefined ? 'number' : 'id', '=', key)
        .where('direction', '=', 'received'),
    )
    if (!row) throw missing()
    return printableReceipt(ctx, getPayment(ctx, row.id))
  }
  const row = ctx.q.first(
    ctx.db
      .selectFrom('document')
      .select(['id', 'status'])
      .where(target.number !== undefined ? 'number' : 'id', '=', key)
      .where('type', '=', DOCUMENT_TYPES[target.kind]),
  )
  if (!row) throw missing()
  if (row.status === 'draft')
    throw new DaftarError('validation', 'A draft has no number yet; issue or post it to print it', {
      field: 'id',
    })
  return printableSalesDocument(ctx, getDocument(ctx, row.id))
}

export async function printPdf(ctx: CompanyContext, target: PrintTarget): Promise<Uint8Array> {
  return renderPdf(printableFor(ctx, target))
}

/** For the screens' Print button: base64 so it crosses the http host's JSON as well as IPC. */
export async function printedPdf(ctx: CompanyContext, target: PrintTarget): Promise<PrintedPdf> {
  const doc = printableFor(ctx, target)
  const bytes = await renderPdf(doc)
  return {
    fileName: `${doc.number}.pdf`,
    mimeType: 'application/pdf',
    base64: Buffer.from(bytes).toString('base64'),
  }
}
