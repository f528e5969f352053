import { Fragment } from 'react'
import { isCurrencyCode, CURRENCIES } from '../../shared/money'
import { useI18n } from '../i18n/i18n-context'
import { InventorySettingsSection } from '../inventory/warehouses/inventory-settings-section'
import { useSession } from '../state/services'
import { LockDateForm } from './settings-lock-date'
import { PrintDetailsForm } from './settings-print-details'

/** The open company's facts, set at creation, and the one setting a bookkeeper changes: the lock date. */
export function CompanySettingsPage() {
  const { t, tn, format } = useI18n()
  const company = useSession((store) => store.session?.company ?? null)
  if (!company) return <p className="empty">{t('app.loading')}</p>

  const currencyName = isCurrencyCode(company.currency) ? CURRENCIES[company.currency].name : ''
  const facts: [string, string][] = [
    [t('settings.name'), company.name],
    [
      t('settings.currency'),
      currencyName
        ? t('settings.currencyValue', { code: company.currency, name: currencyName })
        : company.currency,
    ],
    [t('settings.decimals'), tn('settings.decimalsCount', company.decimals)],
    [t('settings.fiscalYearStart'), monthDay(company.fiscalYearStart, format.locale)],
    [t('settings.locale'), localeName(company.locale, format.locale)],
  ]

  return (
    <div className="page settings-page">
      <section className="card settings-card" aria-labelledby="settings-company">
        <h2 id="settings-company">{t('settings.company')}</h2>
        <dl className="detail-facts settings-facts">
          {facts.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
          <dt>{t('settings.path')}</dt>
          <dd className="mono settings-path" dir="ltr">
            {company.path}
          </dd>
        </dl>
        <p className="field-hint">{t('settings.fixedHint')}</p>
      </section>
      <LockDateForm lockDate={company.lockDate} />
      <PrintDetailsForm />
      <InventorySettingsSection />
    </div>
  )
}

/** "01-01" as the locale says a day of a month: "January 1", "1 janvier". */
function monthDay(mmdd: string, locale: string): string {
  const [month, day] = mmdd.split('-').map(Number)
  if (!month || !day) return mmdd
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, day),
  )
}

/** "fa-IR" as its name in the reader's language, with the tag for the curious. */
function localeName(tag: string, displayLocale: string): string {
  try {
    const name = new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag)
    return name && name !== tag ? `${name} (${tag})` : tag
  } catch {
    return tag
  }
}
