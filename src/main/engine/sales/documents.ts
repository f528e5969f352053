import { addDays, isIsoDate } from '../../../shared/dates'
import type { DocumentInput, DocumentType, SalesDocument } from '../../../shared/domain/sales'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { newId, nowIso } from '../ids'
import type { ContactTable, DocumentTable } from '../db/sales-schema'
import { itemOf, outstanding, sideOf } from '../receivables/open-items'
import { priceLines } from './document-lines'
import { linesToBase, resolveExchange } from './exchange'
import { sumTaxed } from '../../../shared/money/tax-math'

/**
 * Saves a sales document as a draft (new, or replacing a draft's content). Drafts touch no
 * ledger or receivable; lines are priced and taxed now so the draft shows its totals.
 */
export function saveDocumentDraft(
  ctx: CompanyContext,
  type: DocumentType,
  input: DocumentInput & { sourceDocumentId?: string | null },
  draftId?: string,
): SalesDocument {
  return ctx.transaction(() => {
    const contact =
      sideOf(type) === 'payable'
        ? requireSupplier(ctx, input.contactId)
        : requireCustomer(ctx, input.contactId)
    if (!isIsoDate(input.date))
      throw validationError('date', `${input.date} is not a real date (YYYY-MM-DD)`)
    const dueDate = input.dueDate ?? addDays(input.date, Number(contact.payment_terms_days))
    if (!isIsoDate(dueDate) || dueDate < input.date)
      throw validationError(
        'dueDate',
        `The due date ${dueDate} must be a real date on or after ${input.date}`,
      )
    const exchange = resolveExchange(ctx.settings().currency, input.currency, input.rate)
    const { currency } = exchange
    // Product prices are in the base currency: a foreign document names each line's price.
    const unpriced = input.lines.findIndex((line) => line.unitPrice === undefined)
    if (currency !== exchange.base && unpriced >= 0)
      throw validationError(
        `lines.${unpriced}.unitPrice`,
        `Line ${unpriced + 1}: give its price in ${currency}; product prices are in ${exchange.base}`,
        { line: unpriced + 1 },
      )
    const lines = priceLines(ctx, input.lines, sideOf(type), contact.id)
    const totals = sumTaxed(lines)
    const baseTotals = linesToBase([totals], totals.gross, exchange).lines[0]!
    // Each line in base as posting will convert it (posting checks, and writes any that differ).
    const linesInBase = linesToBase(lines, totals.gross, exchange).lines
    const now = nowIso()
    const id = draftId ?? newId()
    const row = {
      contact_id: contact.id,
      date: input.date,
      due_date: dueDate,
      currency,
      rate: exchange.rate,
      reference: input.reference ?? '',
      memo: input.memo ?? '',
      source_document_id: input.sourceDocumentId ?? null,
      ...totals,
      base_net: baseTotals.net,
      base_tax: baseTotals.tax,
      base_gross: baseTotals.net + baseTotals.tax,
      updated_at: now,
    }
    if (draftId) {
      requireDraft(ctx, draftId, type)
      ctx.q.run(ctx.db.deleteFrom('document_line').where('document_id', '=', id))
      ctx.q.run(ctx.db.updateTable('document').set(row).where('id', '=', id))
    } else {
      ctx.q.run(
        ctx.db.insertInto('document').values({
          id,
          type,
          number: null,
          status: 'draft',
          journal_entry_id: null,
          cancel_entry_id: null,
          cancelled_on: null,
          created_at: now,
          ...row,
        }),
      )
    }
    lines.forEach((line, index) =>
      ctx.q.run(
        ctx.db.insertInto('document_line').values({
          document_id: id,
          line_no: BigInt(index + 1),
          product_id: line.productId,
          description: line.description,
          quantity: line.quantity,
          unit_price: line.unitPrice,
          tax_code_id: line.taxCodeId,
          account_id: line.accountId,
          net: line.net,
          tax: line.tax,
          gross: line.gross,
          base_net: linesInBase[index]!.net,
          base_tax: linesInBase[index]!.tax,
          base_gross: linesInBase[index]!.net + linesInBase[index]!.tax,
        }),
      ),
    )
    ctx.changes.append('document', id, draftId ? 'update' : 'create', { id, type, ...row, lines })
    return getDocument(ctx, id)
  })
}

export function deleteDocumentDraft(ctx: CompanyContext, id: string, type: DocumentType): void {
  ctx.transaction(() => {
    requireDraft(ctx, id, type)
    ctx.q.run(ctx.db.deleteFrom('document_line').where('document_id', '=', id))
    ctx.q.run(ctx.db.deleteFrom('document').where('id', '=', id))
    ctx.changes.append('document', id, 'delete', { id })
  })
}

export function requireCustomer(ctx: CompanyContext, contactId: string) {
  return requireContact(ctx, contactId, 'customer')
}

export function requireSupplier(ctx: CompanyContext, contactId: string) {
  return requireContact(ctx, contactId, 'supplier')
}

function requireContact(ctx: CompanyContext, contactId: string, role: 'customer' | 'supplier') {
  // Raw and cached, as is `requireDraft`: both run on every document posting.
  const contact = ctx.q.prepare('SELECT * FROM contact WHERE id = ?').get(contactId) as
    ContactTable | undefined
  if (!contact) throw validationError('contactId', `Choose a ${role} that exists`)
  if (contact.archived === 1n) throw validationError('contactId', `${contact.name} is archived`)
  if ((role === 'customer' ? contact.is_customer : contact.is_supplier) !== 1n)
    throw validationError('contactId', `${contact.name} is not a ${role}`)
  return contact
}

/** What posting reads of a draft document. */
export type DraftDocument = Pick<
  DocumentTable,
  | 'id'
  | 'type'
  | 'status'
  | 'number'
  | 'contact_id'
  | 'date'
  | 'due_date'
  | 'currency'
  | 'rate'
  | 'gross'
  | 'reference'
  | 'source_document_id'
>
const DRAFT = `SELECT id, type, status, number, contact_id, date, due_date, currency, rate, gross,
  reference, source_document_id FROM document WHERE id = ?`

/** The draft document `id` of `type`, refused when missing, of another type or no longer a draft. */
export function requireDraft(ctx: CompanyContext, id: string, type: DocumentType): DraftDocument {
  const row = ctx.q.prepare(DRAFT).get(id) as DraftDocument | undefined
  if (!row || row.type !== type) throw notFound(documentName(type), id)
  if (row.status !== 'draft')
    throw new DaftarError(
      'posted-is-final',
      `${row.number} is ${row.status} and can no longer change`,
      { id },
    )
  return row
}

export function documentName(type: DocumentType): string {
  return {
    quote: 'Quote',
    sales_order: 'Sales order',
    invoice: 'Invoice',
    credit_note: 'Credit note',
    purchase_order: 'Purchase order',
    bill: 'Bill',
    debit_note: 'Debit note',
  }[type]
}

/** "An invoice", "A bill": the document's name with its article, to open a sentence. */
export function aDocument(type: DocumentType): string {
  const name = documentName(type).toLowerCase()
  return `${/^[aeiou]/.test(name) ? 'An' : 'A'} ${name}`
}

export function getDocument(ctx: CompanyContext, id: string): SalesDocument {
  const row = ctx.q.first(
    ctx.db
      .selectFrom('document as d')
      .innerJoin('contact as c', 'c.id', 'd.contact_id')
      .selectAll('d')
      .select('c.name as contact_name')
      .where('d.id', '=', id),
  )
  if (!row) throw notFound('Document', id)
  const lines = ctx.q.all(
    ctx.db.selectFrom('document_line').selectAll().where('document_id', '=', id).orderBy('line_no'),
  )
  const item = itemOf(ctx, { documentId: id }, sideOf(row.type))
  return {
    id: row.id,
    type: row.type,
    number: row.number,
    contactId: row.contact_id,
    contactName: row.contact_name,
    date: row.date,
    dueDate: row.due_date,
    currency: row.currency,
    rate: row.rate,
    baseGross: row.base_gross,
    status: row.status,
    sourceDocumentId: row.source_document_id,
    journalEntryId: row.journal_entry_id,
    cancelEntryId: row.cancel_entry_id,
    reference: row.reference,
    memo: row.memo,
    net: row.net,
    tax: row.tax,
    gross: row.gross,
    outstanding: item ? (item.amount < 0n ? -outstanding(item) : outstanding(item)) : 0n,
    lines: lines.map((line) => ({
      lineNo: Number(line.line_no),
      productId: line.product_id,
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unit_price,
      taxCodeId: line.tax_code_id,
      accountId: line.account_id,
      net: line.net,
      tax: line.tax,
      gross: line.gross,
    })),
  }
}

export function listDocuments(
  ctx: CompanyContext,
  type: DocumentType,
  contactId?: string,
): SalesDocument[] {
  let query = ctx.db.selectFrom('document').select('id').where('type', '=', type)
  if (contactId) query = query.where('contact_id', '=', contactId)
  return ctx.q.all(query.orderBy('date').orderBy('id')).map((row) => getDocument(ctx, row.id))
}
