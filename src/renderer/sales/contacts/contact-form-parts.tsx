import type { ContactAddress, ContactPerson } from '../../../shared/domain/sales'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { blankAddress, blankPerson } from './contact-form-state'

const ADDRESS_FIELDS: [keyof ContactAddress, MessageKey][] = [
  ['label', 'contact.address.label'],
  ['line1', 'contact.address.line1'],
  ['line2', 'contact.address.line2'],
  ['city', 'contact.address.city'],
  ['region', 'contact.address.region'],
  ['postalCode', 'contact.address.postalCode'],
  ['country', 'contact.address.country'],
]

const PERSON_FIELDS: [keyof ContactPerson, MessageKey][] = [
  ['name', 'contact.person.name'],
  ['role', 'contact.person.role'],
  ['email', 'contact.person.email'],
  ['phone', 'contact.person.phone'],
]

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((other, at) => (at === index ? item : other))
}

export function ContactAddresses(props: {
  addresses: ContactAddress[]
  onChange: (addresses: ContactAddress[]) => void
}) {
  return (
    <RowsFieldset
      legend="contact.addresses"
      rowClassName="address-row"
      fields={ADDRESS_FIELDS}
      words={{ remove: 'contact.address.remove', add: 'contact.address.add' }}
      rows={props.addresses}
      blank={blankAddress}
      onChange={props.onChange}
    />
  )
}

export function ContactPeople(props: {
  people: ContactPerson[]
  errors: Readonly<Record<string, string>>
  onChange: (people: ContactPerson[]) => void
}) {
  return (
    <RowsFieldset
      legend="contact.people"
      rowClassName="person-row"
      fields={PERSON_FIELDS}
      words={{ remove: 'contact.person.remove', add: 'contact.person.add' }}
      rows={props.people}
      blank={blankPerson}
      errorOf={(index, field) => props.errors[`people.${index}.${field}`]}
      onChange={props.onChange}
    />
  )
}

/** Rows of text fields (addresses, people), each removable, and a link that adds a blank one. */
function RowsFieldset<T extends Record<keyof T, string>>(props: {
  legend: MessageKey
  rowClassName: string
  fields: readonly (readonly [keyof T & string, MessageKey])[]
  words: { remove: MessageKey; add: MessageKey }
  rows: T[]
  blank: () => T
  errorOf?: (index: number, field: string) => string | undefined
  onChange: (rows: T[]) => void
}) {
  const { t } = useI18n()
  const { rows, onChange } = props
  return (
    <fieldset className="form-section">
      <legend>{t(props.legend)}</legend>
      {rows.map((row, index) => (
        <div className={`field-row ${props.rowClassName}`} key={index}>
          {props.fields.map(([field, label]) => {
            const error = props.errorOf?.(index, field)
            return (
              <label className="field" key={field}>
                <span className="field-label">{t(label)}</span>
                <input
                  dir="auto"
                  value={row[field]}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) =>
                    onChange(replaceAt(rows, index, { ...row, [field]: event.target.value }))
                  }
                />
                {error ? (
                  <span className="field-error" role="alert">
                    {error}
                  </span>
                ) : null}
              </label>
            )
          })}
          <button
            type="button"
            className="icon-button row-remove"
            aria-label={t(props.words.remove)}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="link" onClick={() => onChange([...rows, props.blank()])}>
        {t(props.words.add)}
      </button>
    </fieldset>
  )
}
