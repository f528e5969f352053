import type { Contact } from '../../../shared/domain/sales'
import { Amount } from '../../components/amount'
import { useI18n } from '../../i18n/i18n-context'
import { CustomerGroupName } from '../price-lists/customer-group-field'

/** The contact's facts, addresses and people. */
export function ContactDetails(props: { contact: Contact }) {
  const { t } = useI18n()
  const contact = props.contact
  return (
    <section className="card contact-details">
      <h2>{t('contact.details')}</h2>
      <dl className="detail-facts">
        <dt>{t('contact.field.taxId')}</dt>
        <dd>{contact.taxId || t('sales.none')}</dd>
        <dt>{t('contact.terms')}</dt>
        <dd>{t('contact.termsValue', { days: contact.paymentTermsDays })}</dd>
        <dt>{t('contact.field.creditLimit')}</dt>
        <dd>
          {contact.creditLimit === null ? (
            t('contact.noLimit')
          ) : (
            <Amount value={contact.creditLimit} />
          )}
        </dd>
        {contact.customerGroupId ? (
          <>
            <dt>{t('contact.field.customerGroup')}</dt>
            <dd data-testid="contact-customer-group">
              <CustomerGroupName groupId={contact.customerGroupId} />
            </dd>
          </>
        ) : null}
        <dt>{t('contact.field.isSupplier')}</dt>
        <dd>{contact.isSupplier ? t('sales.yes') : t('sales.no')}</dd>
        {contact.tags.length > 0 ? (
          <>
            <dt>{t('contact.field.tags')}</dt>
            <dd>
              {contact.tags.map((tag) => (
                <span className="tag" key={tag}>
                  {tag}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {contact.notes ? (
          <>
            <dt>{t('contact.field.notes')}</dt>
            <dd className="notes">{contact.notes}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t('contact.addresses')}</h3>
      {contact.addresses.length === 0 ? <p className="muted">{t('contact.noAddresses')}</p> : null}
      {contact.addresses.map((address, index) => (
        <address key={index} className="contact-address">
          {address.label ? <strong>{address.label}</strong> : null}
          {[
            address.line1,
            address.line2,
            [address.postalCode, address.city].filter(Boolean).join(' '),
            address.region,
            address.country,
          ]
            .filter(Boolean)
            .map((line, at) => (
              <div key={at}>{line}</div>
            ))}
        </address>
      ))}
      <h3>{t('contact.people')}</h3>
      {contact.people.length === 0 ? <p className="muted">{t('contact.noPeople')}</p> : null}
      <ul className="contact-people">
        {contact.people.map((person, index) => (
          <li key={index}>
            <strong>{person.name}</strong>
            {person.role ? <span className="muted"> · {person.role}</span> : null}
            {person.email ? (
              <div>
                <a href={`mailto:${person.email}`}>{person.email}</a>
              </div>
            ) : null}
            {person.phone ? <div dir="ltr">{person.phone}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
