import { z } from 'zod'
import type {
  AppliedCredit,
  Contact,
  Payment,
  PostedDocumentRef,
  Product,
  SalesDocument,
  SalesSettings,
  TaxCode,
} from '../domain/sales'
import type { ReceivablesAgeing } from '../domain/receivables'
import type { DocumentListPage } from '../domain/document-list'
import { procedure } from './procedure'
import { id, isoDate, money } from './fields'

const contactInput = z.object({
  name: z.string().max(200),
  kind: z.enum(['company', 'person']),
  isCustomer: z.boolean(),
  isSupplier: z.boolean(),
  taxId: z.string().max(100).optional(),
  paymentTermsDays: z.number().int().optional(),
  creditLimit: money.nullable().optional(),
  currency: z.string().length(3).optional(),
  tags: z.array(z.string().max(100)).max(100).optional(),
  notes: z.string().max(10_000).optional(),
  addresses: z.array(z.record(z.string(), z.string())).max(50).optional(),
  people: z
    .array(
      z.object({
        name: z.string(),
        role: z.string().optional(),
        email: z.string().optional(),
        phone: z.string().optional(),
      }),
    )
    .max(100)
    .optional(),
  customerGroupId: z.string().nullable().optional(),
})

const productInput = z.object({
  code: z.string().max(60),
  name: z.string().max(200),
  kind: z.enum(['stocked', 'non_stocked', 'service']),
  unit: z.string().max(20).optional(),
  salesPrice: money.optional(),
  purchasePrice: money.optional(),
  taxCodeId: z.string().nullable().optional(),
  incomeAccountId: id,
  expenseAccountId: id,
})

export const documentInput = z.object({
  contactId: id,
  date: isoDate,
  dueDate: isoDate.optional(),
  currency: z.string().length(3).optional(),
  rate: z.bigint().optional(),
  reference: z.string().max(200).optional(),
  memo: z.string().max(2000).optional(),
  lines: z
    .array(
      z.object({
        productId: z.string().nullable().optional(),
        description: z.string().max(500).optional(),
        quantity: z.bigint(),
        unitPrice: z.bigint().optional(),
        taxCodeId: z.string().nullable().optional(),
        accountId: z.string().optional(),
      }),
    )
    .max(10_000),
})

/** A document's draft: its fields, and the draft it replaces when saved again. */
export const draftDocumentInput = documentInput.extend({ draftId: z.string().optional() })

/** Quotes or orders, of one contact or all, and only those still open if asked. */
export const orderListFilter = z.object({
  contactId: z.string().optional(),
  openOnly: z.boolean().optional(),
})

/** Declining a quote or closing an order: when, and why. */
export const closeOrderInput = z.object({
  id,
  date: isoDate.optional(),
  reason: z.string().max(500).optional(),
})

/** What an invoice or bill takes from an order, line by line; absent, everything left. */
export const orderLinesToTake = z
  .array(z.object({ lineNo: z.number().int().positive(), quantity: z.bigint() }))
  .max(10_000)
  .optional()

/** Money received from a customer or paid to a supplier, and what it settles. */
export const paymentInput = z.object({
  contactId: id,
  date: isoDate,
  accountId: id,
  amount: money,
  currency: z.string().length(3).optional(),
  rate: z.bigint().optional(),
  reference: z.string().max(200).optional(),
  memo: z.string().max(2000).optional(),
  allocations: z
    .array(z.object({ documentId: id, amount: money }))
    .max(10_000)
    .optional(),
  keepCredit: z.boolean().optional(),
})

/** A receivables or payables ageing: as of a date, in buckets of days, for one contact or all. */
export const ageingInput = z.object({
  asOf: isoDate,
  buckets: z.array(z.number().int()).max(12).optional(),
  contactId: z.string().optional(),
})

/** A list of documents, of one contact or all. */
export const contactFilter = z.object({ contactId: z.string().optional() })

/** A document list narrowed by contact, standing, dates and words (see DocumentListQuery). */
export const documentListQuery = contactFilter.extend({
  status: z.enum(['draft', 'open', 'overdue', 'paid', 'cancelled', 'posted']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  dueBy: isoDate.optional(),
  asOf: isoDate.optional(),
  search: z.string().max(200).optional(),
})

/** The sales procedures, spread into the one contract. */
export const salesContract = {
  'sales.settings': procedure<SalesSettings>()(z.object({}).optional(), 'read'),
  'sales.setSettings': procedure<SalesSettings>()(
    z.object({
      taxRounding: z.enum(['line', 'document']).optional(),
      creditLimitPolicy: z.enum(['warn', 'refuse']).optional(),
    }),
    'admin',
  ),
  'contacts.list': procedure<Contact[]>()(
    z.object({ includeArchived: z.boolean().optional() }),
    'read',
  ),
  'contacts.get': procedure<Contact>()(z.object({ id }), 'read'),
  'contacts.create': procedure<Contact>()(contactInput, 'write'),
  'contacts.update': procedure<Contact>()(contactInput.extend({ id }), 'write'),
  'contacts.setArchived': procedure<Contact>()(z.object({ id, archived: z.boolean() }), 'write'),
  'contacts.delete': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'taxCodes.list': procedure<TaxCode[]>()(z.object({}).optional(), 'read'),
  'taxCodes.create': procedure<TaxCode>()(
    z.object({
      code: z.string().max(40),
      name: z.string().max(200),
      rate: z.number().int(),
      pricesIncludeTax: z.boolean(),
      outputAccountId: id,
      inputAccountId: id,
    }),
    'admin',
  ),
  'products.list': procedure<Product[]>()(z.object({}).optional(), 'read'),
  'products.create': procedure<Product>()(productInput, 'write'),
  'products.update': procedure<Product>()(productInput.extend({ id }), 'write'),
  'products.setArchived': procedure<Product>()(z.object({ id, archived: z.boolean() }), 'write'),
  'invoices.list': procedure<SalesDocument[]>()(contactFilter, 'read'),
  'invoices.find': procedure<DocumentListPage>()(documentListQuery, 'read'),
  'invoices.get': procedure<SalesDocument>()(z.object({ id }), 'read'),
  'invoices.saveDraft': procedure<SalesDocument>()(draftDocumentInput, 'write'),
  'invoices.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),
  'invoices.post': procedure<PostedDocumentRef>()(z.object({ id }), 'write'),
  'invoices.cancel': procedure<PostedDocumentRef>()(
    z.object({ id, date: isoDate.optional() }),
    'write',
  ),
  'creditNotes.saveDraft': procedure<SalesDocument>()(
    documentInput.extend({ invoiceId: id, draftId: z.string().optional() }),
    'write',
  ),
  'creditNotes.find': procedure<DocumentListPage>()(documentListQuery, 'read'),
  'creditNotes.post': procedure<PostedDocumentRef>()(z.object({ id }), 'write'),
  'invoices.applyCredit': procedure<AppliedCredit>()(
    z.object({ invoiceId: id, amount: money.optional() }),
    'write',
  ),
  'payments.receive': procedure<Payment>()(paymentInput, 'write'),
  'payments.get': procedure<Payment>()(z.object({ id }), 'read'),
  'reports.receivablesAgeing': procedure<ReceivablesAgeing>()(ageingInput, 'read'),
} as const
