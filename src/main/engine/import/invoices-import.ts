import { INVOICE_COLUMNS, type ImportColumns } from '../../../shared/domain/import-columns'
import type { ImportResult } from '../../../shared/domain/imports'
import type { DocumentInput } from '../../../shared/domain/sales'
import type { DaftarError, ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { saveDocumentDraft } from '../sales/documents'
import { postDocument } from '../sales/post-document'
import { chartOfAccounts } from '../ledger/accounts'
import { csvImport } from './csv-import'
import type { CsvInput } from './csv-text'
import { imported, refused } from './import-result'
import {
  INVOICE_SIDE,
  invoiceRowReader,
  type DocumentSide,
  type ImportedInvoice,
  type InvoiceLookups,
} from './invoices-rows'
import { taxCodeIndex } from './products-import'
import { readCsv } from './read-csv'
import { linesText } from './sales-import-fields'
import { writeAll } from './sales-import-write'

/** The invoice service's field names, as the file's columns. */
const COLUMN_OF: Record<string, string> = {
  reference: 'number',
  date: 'date',
  dueDate: 'due_date',
  quantity: 'quantity',
  product: 'product',
  unitPrice: 'unit_price',
  taxCode: 'tax_code',
  account: 'account',
  currency: 'currency',
  rate: 'rate',
}

const LINE_FIELD = /^lines\.(\d+)\.(\w+)$/

function columnOf(field: string, side: DocumentSide): string | undefined {
  return field === 'contactId' ? side.party : COLUMN_OF[field]
}

/**
 * Imports posted sales invoices from CSV, one row a line (columns: INVOICE_COLUMNS; currency and
 * rate put a document in a foreign currency at its rate); rows with the
 * same number form one invoice, whose number is kept as its reference while Daftar numbers it
 * from its own series. Each invoice is saved and posted through the invoice service, so its
 * journal, open item and change log are written as if typed in. All or nothing, in one
 * transaction; a dry run does the same and undoes it, so it catches what posting would refuse
 * (a locked period, a credit limit set to refuse).
 */
export function importInvoices(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean } = {},
): ImportResult {
  return importTradeDocuments(ctx, input, options, {
    side: INVOICE_SIDE,
    columns: INVOICE_COLUMNS,
    type: 'invoice',
    post: (invoice) => {
      const draft = saveDocumentDraft(ctx, 'invoice', documentInput(invoice))
      return postDocument(ctx, draft.id, 'invoice').warnings
    },
  })
}

/** What a file of invoices or of bills holds, and how one of its documents is posted. */
export interface TradeImport {
  side: DocumentSide
  columns: ImportColumns
  type: 'invoice' | 'bill'
  /** Posts one document; answers the posting's warnings. */
  post: (document: ImportedInvoice) => string[]
}

/** Reads, checks and posts a file of invoices or bills: all or nothing, dry run undone. */
export function importTradeDocuments(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean },
  trade: TradeImport,
): ImportResult {
  return csvImport(ctx, input, options, (text, dryRun) => {
    const lookups = tradeLookups(ctx, trade.type)
    const reader = invoiceRowReader(lookups, ctx.settings().currency, trade.side)
    const csv = readCsv(text, trade.columns, reader.visit)
    const problems = [...csv.problems, ...reader.problems]
    if (problems.length > 0) return refused(dryRun, csv.rows, problems)
    const warnings: ImportProblem[] = []
    const failed = writeAll(ctx, reader.invoices, {
      dryRun,
      write: (document) =>
        trade.post(document).forEach((message) =>
          warnings.push({
            line: document.csvLines[0]!,
            message: `${trade.side.document} ${document.number}: ${message}`,
          }),
        ),
      refused: (document, error) => refusedDocument(document, error, trade.side),
    })
    if (failed.length > 0) return refused(dryRun, csv.rows, failed)
    return imported(dryRun, csv.rows, reader.invoices.length, warnings)
  })
}

export function documentInput(document: ImportedInvoice): DocumentInput & { reference: string } {
  return {
    contactId: document.contactId,
    date: document.date,
    ...(document.dueDate ? { dueDate: document.dueDate } : {}),
    ...(document.currency
      ? { currency: document.currency.code, rate: document.currency.rate }
      : {}),
    reference: document.number,
    lines: document.lines,
  }
}

/** The service's refusal, on the CSV line it is about: a line's own, or the invoice's first. */
function refusedDocument(
  invoice: ImportedInvoice,
  error: DaftarError,
  side: DocumentSide,
): ImportProblem[] {
  const field = error.details.field ?? ''
  const match = LINE_FIELD.exec(field)
  if (match && invoice.csvLines[Number(match[1])] !== undefined)
    return [
      {
        line: invoice.csvLines[Number(match[1])]!,
        field: columnOf(match[2]!, side),
        message: error.message.replace(/^Line \d+: /, ''),
      },
    ]
  // "The books are locked" reads on after a colon as "the books..."; a name keeps its capital.
  const message = /^(The|A|An) /.test(error.message)
    ? error.message.charAt(0).toLowerCase() + error.message.slice(1)
    : error.message
  return [
    {
      line: invoice.csvLines[0]!,
      field: columnOf(field, side),
      message: `${side.document} ${invoice.number} (${linesText(invoice.csvLines)}): ${message}`,
    },
  ]
}

/** Everything the rows are checked against, read once inside the import's transaction. */
function tradeLookups(ctx: CompanyContext, type: 'invoice' | 'bill'): InvoiceLookups {
  const contacts: InvoiceLookups['contacts'] = new Map()
  const rows = ctx.q.all(
    ctx.db.selectFrom('contact').select(['id', 'name', 'archived', 'is_customer', 'is_supplier']),
  )
  for (const row of rows) {
    const contact = {
      id: row.id,
      name: row.name,
      archived: row.archived === 1n,
      isCustomer: row.is_customer === 1n,
      isSupplier: row.is_supplier === 1n,
    }
    const key = row.name.trim().toLowerCase()
    contacts.set(key, [...(contacts.get(key) ?? []), contact])
    contacts.set(row.id, [contact])
  }
  const products = new Map(
    ctx.q
      .all(ctx.db.selectFrom('product').select(['id', 'code', 'archived']))
      .map((row) => [row.code, { id: row.id, archived: row.archived === 1n }]),
  )
  const posted = new Map(
    ctx.q
      .all(
        ctx.db
          .selectFrom('document')
          .select(['contact_id', 'reference', 'number'])
          .where('type', '=', type)
          .where('status', '=', 'posted')
          .where('reference', '!=', ''),
      )
      .map((row) => [
        `${row.contact_id}\u0001${row.reference.trim().toLowerCase()}`,
        row.number ?? '',
      ]),
  )
  return {
    accounts: chartOfAccounts(ctx).byCode,
    taxCodes: taxCodeIndex(ctx),
    contacts,
    products,
    posted,
  }
}
