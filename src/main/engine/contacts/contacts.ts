import { isCurrencyCode } from '../../../shared/money'
import type { Contact, ContactAddress, ContactInput } from '../../../shared/domain/sales'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { ContactTable } from '../db/sales-schema'
import { writeArchived } from '../db/archived-flag'
import { newId, nowIso } from '../ids'
import { setContactGroup } from '../price-lists/group-members'
import { groupOf } from '../price-lists/price-for'

const ADDRESS_FIELDS: (keyof ContactAddress)[] = [
  'label',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'country',
]

export function listContacts(ctx: CompanyContext, includeArchived = false): Contact[] {
  let query = ctx.db.selectFrom('contact').select('id').orderBy('name').orderBy('id')
  if (!includeArchived) query = query.where('archived', '=', 0n)
  return ctx.q.all(query).map((row) => getContact(ctx, row.id))
}

export function getContact(ctx: CompanyContext, id: string): Contact {
  const row = ctx.q.first(ctx.db.selectFrom('contact').selectAll().where('id', '=', id))
  if (!row) throw notFound('Contact', id)
  const addresses = ctx.q.all(
    ctx.db
      .selectFrom('contact_address')
      .selectAll()
      .where('contact_id', '=', id)
      .orderBy('position'),
  )
  const people = ctx.q.all(
    ctx.db
      .selectFrom('contact_person')
      .selectAll()
      .where('contact_id', '=', id)
      .orderBy('position'),
  )
  return {
    ...toContact(row),
    customerGroupId: groupOf(ctx, id),
    addresses: addresses.map((a) => ({
      label: a.label,
      line1: a.line1,
      line2: a.line2,
      city: a.city,
      region: a.region,
      postalCode: a.postal_code,
      country: a.country,
    })),
    people: people.map((p) => ({ name: p.name, role: p.role, email: p.email, phone: p.phone })),
  }
}

function toContact(row: ContactTable): Omit<Contact, 'addresses' | 'people' | 'customerGroupId'> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    isCustomer: row.is_customer === 1n,
    isSupplier: row.is_supplier === 1n,
    taxId: row.tax_id,
    paymentTermsDays: Number(row.payment_terms_days),
    creditLimit: row.credit_limit,
    currency: row.currency,
    tags: JSON.parse(row.tags) as string[],
    notes: row.notes,
    archived: row.archived === 1n,
  }
}

/** A contact by id, or by its exact name (case-insensitive) when that names exactly one. */
export function findContact(ctx: CompanyContext, idOrName: string): Contact {
  const byId = ctx.q.first(ctx.db.selectFrom('contact').select('id').where('id', '=', idOrName))
  if (byId) return getContact(ctx, byId.id)
  const byName = ctx.q.all(
    ctx.db
      .selectFrom('contact')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name']), '=', idOrName.trim().toLowerCase())),
  )
  if (byName.length === 1) return getContact(ctx, byName[0]!.id)
  if (byName.length > 1)
    throw new DaftarError(
      'validation',
      `${byName.length} contacts are named ${idOrName}; use the id`,
      {
        field: 'contact',
      },
    )
  throw notFound('Contact', idOrName)
}

export function createContact(ctx: CompanyContext, input: ContactInput): Contact {
  const row = contactRow(ctx, input)
  const id = newId()
  const now = nowIso()
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .insertInto('contact')
        .values({ id, ...row, archived: 0n, created_at: now, updated_at: now }),
    )
    writeChildren(ctx, id, input)
    if (input.customerGroupId) setContactGroup(ctx, id, input.customerGroupId)
    ctx.changes.append('contact', id, 'create', { id, ...input })
  })
  return getContact(ctx, id)
}

export function updateContact(ctx: CompanyContext, id: string, input: ContactInput): Contact {
  getContact(ctx, id)
  const row = contactRow(ctx, input)
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .updateTable('contact')
        .set({ ...row, updated_at: nowIso() })
        .where('id', '=', id),
    )
    ctx.q.run(ctx.db.deleteFrom('contact_address').where('contact_id', '=', id))
    ctx.q.run(ctx.db.deleteFrom('contact_person').where('contact_id', '=', id))
    writeChildren(ctx, id, input)
    // Left out, the group stays as it was; null takes the contact out of its group.
    if (input.customerGroupId !== undefined) setContactGroup(ctx, id, input.customerGroupId)
    ctx.changes.append('contact', id, 'update', { id, ...input })
  })
  return getContact(ctx, id)
}

export function setContactArchived(ctx: CompanyContext, id: string, archived: boolean): Contact {
  getContact(ctx, id)
  writeArchived(ctx, 'contact', id, archived)
  return getContact(ctx, id)
}

/** Only a contact nothing refers to may go; one with documents or payments is archived instead. */
export function deleteContact(ctx: CompanyContext, id: string): void {
  const contact = getContact(ctx, id)
  const used =
    ctx.q.first(ctx.db.selectFrom('document').select('id').where('contact_id', '=', id).limit(1)) ??
    ctx.q.first(ctx.db.selectFrom('payment').select('id').where('contact_id', '=', id).limit(1))
  if (used)
    throw new DaftarError(
      'account-in-use',
      `${contact.name} has documents or payments and cannot be deleted; archive it instead`,
      { id },
    )
  ctx.transaction(() => {
    ctx.q.run(ctx.db.deleteFrom('contact_address').where('contact_id', '=', id))
    ctx.q.run(ctx.db.deleteFrom('contact_person').where('contact_id', '=', id))
    setContactGroup(ctx, id, null)
    ctx.q.run(ctx.db.deleteFrom('contact').where('id', '=', id))
    ctx.changes.append('contact', id, 'delete', { id })
  })
}

function contactRow(ctx: CompanyContext, input: ContactInput) {
  const name = input.name.trim()
  if (!name) throw validationError('name', 'The contact needs a name')
  if (!input.isCustomer && !input.isSupplier)
    throw validationError('isCustomer', 'A contact is a customer, a supplier, or both')
  const currency = (input.currency ?? ctx.settings().currency).trim().toUpperCase()
  if (!isCurrencyCode(currency))
    throw validationError('currency', `${input.currency} is not a currency Daftar knows`)
  const terms = input.paymentTermsDays ?? 0
  if (!Number.isInteger(terms) || terms < 0 || terms > 3650)
    throw validationError('paymentTermsDays', 'Payment terms are a whole number of days, 0 to 3650')
  if (input.creditLimit != null && input.creditLimit < 0n)
    throw validationError('creditLimit', 'A credit limit cannot be negative')
  input.people?.forEach((person, index) => {
    if (!person.name.trim())
      throw validationError(`people.${index}.name`, 'Each contact person needs a name')
  })
  return {
    name,
    kind: input.kind,
    is_customer: input.isCustomer ? 1n : 0n,
    is_supplier: input.isSupplier ? 1n : 0n,
    tax_id: input.taxId?.trim() ?? '',
    payment_terms_days: BigInt(terms),
    credit_limit: input.creditLimit ?? null,
    currency,
    tags: JSON.stringify([...new Set((input.tags ?? []).map((tag) => tag.trim()).filter(Boolean))]),
    notes: input.notes ?? '',
  }
}

function writeChildren(ctx: CompanyContext, id: string, input: ContactInput): void {
  input.addresses?.forEach((address, index) => {
    const value = (field: keyof ContactAddress) => address[field]?.trim() ?? ''
    if (ADDRESS_FIELDS.every((field) => !value(field))) return
    ctx.q.run(
      ctx.db.insertInto('contact_address').values({
        contact_id: id,
        position: BigInt(index + 1),
        label: value('label'),
        line1: value('line1'),
        line2: value('line2'),
        city: value('city'),
        region: value('region'),
        postal_code: value('postalCode'),
        country: value('country'),
      }),
    )
  })
  input.people?.forEach((person, index) =>
    ctx.q.run(
      ctx.db.insertInto('contact_person').values({
        contact_id: id,
        position: BigInt(index + 1),
        name: person.name.trim(),
        role: person.role ?? '',
        email: person.email ?? '',
        phone: person.phone ?? '',
      }),
    ),
  )
}
