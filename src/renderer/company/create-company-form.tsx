import { useEffect, useRef, useState, type FormEvent } from 'react'
import { CURRENCIES, type CurrencyCode } from '../../shared/money'
import { asRpcError } from '../api/rpc-error'
import { Field } from '../components/field'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke, useServices } from '../state/services'

const FIELDS = ['name', 'currency', 'fiscalYearStart', 'chart', 'path'] as const
type FormField = (typeof FIELDS)[number]

const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[]
const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'))

/** The new company's name, currency, fiscal year and chart; the file goes where the user says. */
export function CreateCompanyForm(props: { defaultFolder: string; onCreated: () => void }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const session = useServices().session
  const [name, setName] = useState('')
  const [currency, setCurrency] = useState<CurrencyCode>('USD')
  const [month, setMonth] = useState('01')
  const [chart, setChart] = useState<'standard' | 'none'>('standard')
  const [path, setPath] = useState('')
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const form = useRef<HTMLFormElement>(null)
  // A refused name or file: the keyboard goes to the field that says what is wrong.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors])
  const monthName = new Intl.DateTimeFormat(format.locale, { month: 'long', timeZone: 'UTC' })

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    if (!name.trim()) {
      setErrors({ name: t('wizard.error.nameRequired') })
      return
    }
    setErrors({})
    setBusy(true)
    try {
      const state = await invoke('company.create', {
        name: name.trim(),
        currency,
        fiscalYearStart: `${month}-01`,
        chart,
        locale: format.locale,
        ...(path.trim() ? { path: path.trim() } : {}),
      })
      session.getState().apply(state)
      props.onCreated()
    } catch (caught) {
      const error = asRpcError(caught)
      const field = FIELDS.find((item) => item === error.field)
      if (field) setErrors({ [field]: error.message })
      else setFormError(error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form ref={form} className="card wizard-create" onSubmit={onSubmit} noValidate>
      <h2>{t('wizard.create.title')}</h2>
      <p className="muted">{t('wizard.create.intro')}</p>
      {formError ? <div className="field-error form-error">{formError}</div> : null}
      <Field label={t('wizard.field.name')} error={errors.name}>
        <input
          autoFocus
          value={name}
          autoComplete="organization"
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <div className="field-row">
        <Field label={t('wizard.field.currency')} error={errors.currency}>
          <select
            value={currency}
            onChange={(event) => setCurrency(event.target.value as CurrencyCode)}
          >
            {CURRENCY_CODES.map((code) => (
              <option key={code} value={code}>
                {t('wizard.currencyOption', { code, name: CURRENCIES[code].name })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('wizard.field.fiscalYearStart')} error={errors.fiscalYearStart}>
          <select value={month} onChange={(event) => setMonth(event.target.value)}>
            {MONTHS.map((value) => (
              <option key={value} value={value}>
                {monthName.format(Date.UTC(2000, Number(value) - 1, 1))}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="field choice">
        <legend>{t('wizard.field.chart')}</legend>
        <label>
          <input
            type="radio"
            name="chart"
            checked={chart === 'standard'}
            onChange={() => setChart('standard')}
          />
          {t('wizard.chart.standard')}
        </label>
        <label>
          <input
            type="radio"
            name="chart"
            checked={chart === 'none'}
            onChange={() => setChart('none')}
          />
          {t('wizard.chart.none')}
        </label>
        {errors.chart ? <div className="field-error">{errors.chart}</div> : null}
      </fieldset>
      <Field
        label={t('wizard.field.path')}
        error={errors.path}
        hint={t('wizard.pathHint', { folder: props.defaultFolder })}
      >
        <input
          value={path}
          dir="ltr"
          placeholder={t('wizard.pathPlaceholder')}
          onChange={(event) => setPath(event.target.value)}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('wizard.creating') : t('wizard.create.submit')}
        </button>
      </div>
    </form>
  )
}
