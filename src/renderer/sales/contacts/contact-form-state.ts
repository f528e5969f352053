import type {
  Contact,
  ContactAddress,
  ContactInput,
  ContactPerson,
} from '../../../shared/domain/sales'
import { toDecimalString } from '../../../shared/money'
import { parseDecimal, type NumberProblem } from '../sales-numbers'

/** The contact form as typed. */
export interface ContactDraft {
  name: string
  kind: Contact['kind']
  isCustomer: boolean
  isSupplier: boolean
  taxId: string
  paymentTermsDays: string
  creditLimit: string
  tags: string
  notes: string
  addresses: ContactAddress[]
  people: ContactPerson[]
  /** Empty for none. */
  customerGroupId: string
}

export const blankAddress = (): ContactAddress => ({
  label: '',
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
})

export const blankPerson = (): ContactPerson => ({ name: '', role: '', email: '', phone: '' })

export function contactDraft(
  contact: Contact | null,
  decimals: number,
  name = '',
  supplier = false,
): ContactDraft {
  if (!contact)
    return {
      name,
      kind: 'company',
      isCustomer: !supplier,
      isSupplier: supplier,
      taxId: '',
      paymentTermsDays: '30',
      creditLimit: '',
      tags: '',
      notes: '',
      addresses: [blankAddress()],
      people: [],
      customerGroupId: '',
    }
  return {
    name: contact.name,
    kind: contact.kind,
    isCustomer: contact.isCustomer,
    isSupplier: contact.isSupplier,
    taxId: contact.taxId,
    paymentTermsDays: String(contact.paymentTermsDays),
    creditLimit: contact.creditLimit === null ? '' : toDecimalString(contact.creditLimit, decimals),
    tags: contact.tags.join(', '),
    notes: contact.notes,
    addresses: contact.addresses.length > 0 ? contact.addresses : [blankAddress()],
    people: contact.people,
    customerGroupId: contact.customerGroupId ?? '',
  }
}

export type ContactProblem = 'terms' | `limit-${NumberProblem}`

/** The input to send, or the fields at fault. Empty people rows are dropped. */
export function contactInput(
  draft: ContactDraft,
  rules: { decimals: number; locale: string },
):
  | { ok: true; input: ContactInput; peopleIndex: number[] }
  | { ok: false; problems: Record<string, ContactProblem> } {
  const problems: Record<string, ContactProblem> = {}
  const terms = draft.paymentTermsDays.trim()
  const days = terms === '' ? 0 : Number(terms)
  if (!/^\d*$/.test(terms) || !Number.isSafeInteger(days)) problems.paymentTermsDays = 'terms'
  const limit = parseDecimal(draft.creditLimit, rules.decimals, rules.locale)
  if (limit && !limit.ok) problems.creditLimit = `limit-${limit.problem}`
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  // The engine names a person by their place in what was sent; the form by their row.
  const peopleIndex = draft.people.flatMap((person, index) =>
    Object.values(person).some((value) => value.trim()) ? [index] : [],
  )
  const people = peopleIndex.map((index) => draft.people[index]!)
  return {
    ok: true,
    input: {
      name: draft.name,
      kind: draft.kind,
      isCustomer: draft.isCustomer,
      isSupplier: draft.isSupplier,
      taxId: draft.taxId,
      paymentTermsDays: days,
      creditLimit: limit?.ok ? limit.value : null,
      tags: draft.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      notes: draft.notes,
      addresses: draft.addresses,
      people,
      customerGroupId: draft.customerGroupId || null,
    },
    peopleIndex,
  }
}
