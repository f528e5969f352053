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
  const { t } = useI18n()
  return (
    <fieldset className="form-section">
      <legend>{t('contact.addresses')}</legend>
      {props.addresses.map((address, index) => (
        <div className="field-row address-row" key={index}>
          {ADDRESS_FIELDS.map(([field, label]) => (
            <label className="field" key={field}>
              <span className="field-label">{t(label)}</span>
              <input
                dir="auto"
                value={address[field]}
                onChange={(event) =>
                  props.onChange(
                    replaceAt(props.addresses, index, { ...address, [field]: event.target.value }),
                  )
                }
              />
            </label>
          ))}
          <button
            type="button"
            className="icon-button row-remove"
            aria-label={t('contact.address.remove')}
            onClick={() => props.onChange(props.addresses.filter((_, at) => at !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => props.onChange([...props.addresses, blankAddress()])}
      >
        {t('contact.address.add')}
      </button>
    </fieldset>
  )
}

export function ContactPeople(props: {
  people: ContactPerson[]
  errors: Readonly<Record<string, string>>
  onChange: (people: ContactPerson[]) => void
}) {
  const { t } = useI18n()
  return (
    <fieldset className="form-section">
      <legend>{t('contact.people')}</legend>
      {props.people.map((person, index) => (
        <div className="field-row person-row" key={index}>
          {PERSON_FIELDS.map(([field, label]) => {
            const error = props.errors[`people.${index}.${field}`]
            return (
              <label className="field" key={field}>
                <span className="field-label">{t(label)}</span>
                <input
                  dir="auto"
                  value={person[field]}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) =>
                    props.onChange(
                      replaceAt(props.people, index, { ...person, [field]: event.target.value }),
                    )
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
            aria-label={t('contact.person.remove')}
            onClick={() => props.onChange(props.people.filter((_, at) => at !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => props.onChange([...props.people, blankPerson()])}
      >
        {t('contact.person.add')}
      </button>
    </fieldset>
  )
}
