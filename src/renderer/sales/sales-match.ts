import type { Contact, Product } from '../../shared/domain/sales'

/**
 * Ranks records for what was typed, the way a counter or a line picker is used: the code (or
 * barcode) is what people type, so an exact code first, then an exact name, then codes starting
 * with it, names starting with it, words in names starting with it, then anything containing it.
 */
function rank(fields: { code?: string; name: string }, q: string): number | null {
  const code = fields.code?.toLocaleLowerCase() ?? ''
  const name = fields.name.toLocaleLowerCase()
  if (code === q) return 0
  if (name === q || `${code} ${name}` === q) return 1
  if (code && code.startsWith(q)) return 2
  if (name.startsWith(q)) return 3
  if (name.split(/[\s\-/,.()]+/).some((word) => word.startsWith(q))) return 4
  if (name.includes(q) || (code && code.includes(q))) return 5
  return null
}

function matchBy<T>(
  items: readonly T[],
  query: string,
  fields: (item: T) => { code?: string; name: string },
  limit: number,
): T[] {
  const q = query.trim().toLocaleLowerCase()
  if (!q) return items.slice(0, limit)
  const ranked: { item: T; rank: number; text: string }[] = []
  for (const item of items) {
    const value = fields(item)
    const r = rank(value, q)
    if (r !== null) ranked.push({ item, rank: r, text: value.code ?? value.name })
  }
  ranked.sort((a, b) => a.rank - b.rank || a.text.localeCompare(b.text))
  return ranked.slice(0, limit).map((entry) => entry.item)
}

/** Live products for what was typed, best first: one ranking for invoice lines and the counter. */
export function matchProducts(products: readonly Product[], query: string, limit = 8): Product[] {
  return matchBy(
    products.filter((product) => !product.archived),
    query,
    (product) => product,
    limit,
  )
}

export function matchCustomers(contacts: readonly Contact[], query: string, limit = 8): Contact[] {
  return matchBy(
    contacts.filter((contact) => contact.isCustomer && !contact.archived),
    query,
    (contact) => ({ name: contact.name }),
    limit,
  )
}

export function matchSuppliers(contacts: readonly Contact[], query: string, limit = 8): Contact[] {
  return matchBy(
    contacts.filter((contact) => contact.isSupplier && !contact.archived),
    query,
    (contact) => ({ name: contact.name }),
    limit,
  )
}

/** The customers list's filter: name, tax id, tags, and people's names, emails and phones. */
export function filterContacts(contacts: readonly Contact[], query: string): Contact[] {
  const q = query.trim().toLocaleLowerCase()
  if (!q) return [...contacts]
  return contacts.filter((contact) =>
    [
      contact.name,
      contact.taxId,
      ...contact.tags,
      ...contact.people.flatMap((person) => [person.name, person.email, person.phone]),
    ].some((text) => text.toLocaleLowerCase().includes(q)),
  )
}
