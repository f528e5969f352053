import type { ImportResult } from '../../../shared/domain/imports'
import type { DaftarError, ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { saveDocumentDraft } from '../sales/documents'
import { postDocument } from '../sales/post-document'
import { accountIndex } from './account-index'
import { csvText, type CsvInput } from './csv-text'
import { refused } from './import-result'
import {
  INVOICE_COLUMNS,
  invoiceRowReader,
  type ImportedInvoice,
  type InvoiceLookups,
} from './invoices-rows'
import { taxCodeIndex } from './products-import'
import { readCsv } from './read-csv'
import { linesText } from './sales-import-fields'
import { writeAll } from './sales-import-write'

/** The invoice service's field names, as the file's columns. */
const COLUMN_OF: Record<string, string> = {
  contactId: 'customer',
  date: 'date',
  dueDate: 'due_date',
  quantity: 'quantity',
  product: 'product',
  unitPrice: 'unit_price',
  taxCode: 'tax_code',
  account: 'account',
}

const LINE_FIELD = /^lines\.(\d+)\.(\w+)$/

/**
 * Imports posted sales invoices from CSV, one row a line (columns: INVOICE_COLUMNS); rows with the
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
  const dryRun = options.dryRun ?? false
  const decoded = csvText(input)
  if ('problem' in decoded) return refused(dryRun, 0, [decoded.problem])
  const { text } = decoded

  const run = (): ImportResult => {
    const reader = invoiceRowReader(invoiceLookups(ctx), ctx.settings().decimals)
    const csv = readCsv(text, INVOICE_COLUMNS, reader.visit)
    const problems = [...csv.problems, ...reader.problems]
    if (problems.length > 0) return refused(dryRun, csv.rows, problems)
    const failed = writeAll(ctx, reader.invoices, {
      dryRun,
      write: (invoice) => {
        const draft = saveDocumentDraft(ctx, 'invoice', {
          contactId: invoice.contactId,
          date: invoice.date,
          ...(invoice.dueDate ? { dueDate: invoice.dueDate } : {}),
          reference: invoice.number,
          lines: invoice.lines,
        })
        postDocument(ctx, draft.id, 'invoice')
      },
      refused: refusedInvoice,
    })
    if (failed.length > 0) return refused(dryRun, csv.rows, failed)
    return { dryRun, rows: csv.rows, created: reader.invoices.length, problems: [] }
  }
  return dryRun ? run() : ctx.transaction(run)
}

/** The service's refusal, on the CSV line it is about: a line's own, or the invoice's first. */
function refusedInvoice(invoice: ImportedInvoice, error: DaftarError): ImportProblem[] {
  const field = error.details.field ?? ''
  const match = LINE_FIELD.exec(field)
  if (match && invoice.csvLines[Number(match[1])] !== undefined)
    return [
      {
        line: invoice.csvLines[Number(match[1])]!,
        field: COLUMN_OF[match[2]!],
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
      field: COLUMN_OF[field],
      message: `Invoice ${invoice.number} (${linesText(invoice.csvLines)}): ${message}`,
    },
  ]
}

/** Everything the rows are checked against, read once inside the import's transaction. */
function invoiceLookups(ctx: CompanyContext): InvoiceLookups {
  const customers: InvoiceLookups['customers'] = new Map()
  const contacts = ctx.q.all(
    ctx.db.selectFrom('contact').select(['id', 'name', 'archived', 'is_customer']),
  )
  for (const row of contacts) {
    const contact = {
      id: row.id,
      name: row.name,
      archived: row.archived === 1n,
      isCustomer: row.is_customer === 1n,
    }
    const key = row.name.trim().toLowerCase()
    customers.set(key, [...(customers.get(key) ?? []), contact])
    customers.set(row.id, [contact])
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
          .where('type', '=', 'invoice')
          .where('status', '=', 'posted')
          .where('reference', '!=', ''),
      )
      .map((row) => [`${row.contact_id}\u0001${row.reference}`, row.number ?? '']),
  )
  return {
    accounts: accountIndex(ctx).byCode,
    taxCodes: taxCodeIndex(ctx),
    customers,
    products,
    posted,
  }
}
