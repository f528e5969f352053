import type { ImportResult } from '../../../shared/domain/imports'
import type { ContactInput } from '../../../shared/domain/sales'
import type { ImportProblem } from '../../../shared/errors'
import { CONTACT_COLUMNS } from '../../../shared/domain/import-columns'
import { isCurrencyCode } from '../../../shared/money'
import type { CompanyContext } from '../company/company-context'
import { createContact } from '../contacts/contacts'
import { csvImport } from './csv-import'
import type { CsvInput } from './csv-text'
import { readCsv } from './read-csv'
import { FieldReader } from './sales-import-fields'
import { createEachRow } from './sales-import-write'

/** The contact service's field names, as the file's columns. */
const COLUMN_OF: Record<string, string> = {
  name: 'name',
  isCustomer: 'customer',
  taxId: 'tax_id',
  paymentTermsDays: 'payment_terms_days',
  creditLimit: 'credit_limit',
  currency: 'currency',
  customerGroupId: 'customer_group',
}

interface ContactRow {
  line: number
  input: ContactInput
}

/**
 * Imports customers and suppliers from CSV, one contact a row (columns: CONTACT_COLUMNS). Names
 * must be new, in the books and in the file, since invoices name their customer. All or nothing:
 * every bad line is listed and, if there is any, nothing is created; otherwise every contact is
 * created through the contact service in one transaction.
 */
export function importContacts(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean } = {},
): ImportResult {
  return csvImport(ctx, input, options, (text, dryRun) => {
    const { currency, decimals } = ctx.settings()
    const existing = new Set(
      ctx.q
        .all(ctx.db.selectFrom('contact').select('name'))
        .map((row) => row.name.trim().toLowerCase()),
    )
    const groups = new Map(
      ctx.q
        .all(ctx.db.selectFrom('customer_group').select(['id', 'name', 'archived']))
        .map((row) => [row.name.trim().toLowerCase(), row]),
    )
    const problems: ImportProblem[] = []
    const contacts: ContactRow[] = []
    const seen = new Map<string, number>()
    const csv = readCsv(text, CONTACT_COLUMNS, (fields, line) => {
      const read = new FieldReader(line, problems)
      const row = readContactRow(fields, read, { currency, decimals })
      const groupName = read.text(fields[16]!, 'customer_group', 200)
      if (groupName) {
        const group = groups.get(groupName.toLowerCase())
        if (!group) read.problem('customer_group', `There is no customer group ${groupName}`)
        else if (group.archived === 1n)
          read.problem('customer_group', `The customer group ${group.name} is archived`)
        else row.input.customerGroupId = group.id
      }
      const key = row.input.name.toLowerCase()
      if (!key) return
      const earlier = seen.get(key)
      if (earlier !== undefined)
        problems.push({
          line,
          field: 'name',
          message: `${row.input.name} is also on line ${earlier}`,
        })
      else if (existing.has(key))
        problems.push({
          line,
          field: 'name',
          message: `There is already a contact named ${row.input.name}`,
        })
      seen.set(key, earlier ?? line)
      contacts.push(row)
    })
    problems.push(...csv.problems)
    const file = { dryRun, rows: csv.rows, problems }
    return createEachRow(ctx, file, contacts, COLUMN_OF, (input) => createContact(ctx, input))
  })
}

function readContactRow(
  fields: string[],
  read: FieldReader,
  company: { currency: string; decimals: number },
): ContactRow {
  const [name, kind, customer, supplier, taxId, terms, limit, currencyText] = fields
  const [person, email, phone, address, city, postalCode, country, tags] = fields.slice(8)
  const before = read.problems.length
  const isCustomer = read.flag(customer!, 'customer')
  const isSupplier = read.flag(supplier!, 'supplier')
  if (!isCustomer && !isSupplier && read.problems.length === before)
    read.problem('customer', 'A contact is a customer, a supplier, or both: put yes in one')
  const currency = currencyText!.trim().toUpperCase() || company.currency
  if (!isCurrencyCode(currency))
    read.problem('currency', `${currencyText!.trim()} is not a currency Daftar knows`)
  const emailText = read.text(email!, 'email', 200)
  if (emailText && !/^[^\s@]+@[^\s@]+$/.test(emailText))
    read.problem('email', `${emailText} is not an email address`)
  const contactName = read.text(name!, 'name', 200, 'The name')
  const personName = read.text(person!, 'person', 200)
  const phoneText = read.text(phone!, 'phone', 50)
  return {
    line: read.line,
    input: {
      name: contactName,
      kind: read.choice(kind!, 'kind', ['company', 'person'] as const, 'company'),
      isCustomer,
      isSupplier,
      taxId: read.text(taxId!, 'tax_id', 100),
      paymentTermsDays: read.whole(terms!, 'payment_terms_days', 0, 3650, 0),
      creditLimit: read.money(limit!, 'credit_limit', company.decimals),
      currency,
      tags: tags!
        .split(';')
        .map((tag) => read.text(tag, 'tags', 100))
        .filter(Boolean),
      addresses: [
        {
          line1: read.text(address!, 'address', 200),
          city: read.text(city!, 'city', 100),
          postalCode: read.text(postalCode!, 'postal_code', 20),
          country: read.text(country!, 'country', 100),
        },
      ],
      // Email and phone belong to a person: the one named, or the contact itself.
      people:
        personName || emailText || phoneText
          ? [{ name: personName || contactName, email: emailText, phone: phoneText }]
          : [],
    },
  }
}
