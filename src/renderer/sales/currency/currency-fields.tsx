import type { KeyboardEvent } from 'react'
import { CURRENCIES, type CurrencyCode } from '../../../shared/money'
import { Field } from '../../components/field'
import { useI18n } from '../../i18n/i18n-context'
import type { Translate } from '../../i18n/translate'
import type { RateProblem } from './document-currency'

const CODES = Object.keys(CURRENCIES) as CurrencyCode[]

/** Words for a rate the form cannot send. */
export function rateProblemText(
  t: Translate,
  problem: RateProblem,
  currency: string,
  base: string,
) {
  switch (problem) {
    case 'rate-missing':
      return t('currency.problem.missing', { currency, base })
    case 'rate-not-a-number':
      return t('currency.problem.notANumber')
    case 'rate-too-many-decimals':
      return t('currency.problem.tooManyDecimals')
    case 'rate-not-positive':
      return t('currency.problem.notPositive')
  }
}

/**
 * A document's currency, and its exchange rate when it is not the company's: how many of the
 * company's currency one unit of it buys, typed as a decimal in the locale. Enter moves on from
 * the currency to the rate, and from the rate (or a company-currency choice) to `onAdvance`.
 */
export function CurrencyFields(props: {
  base: string
  currency: string
  rate: string
  rateError?: string | undefined
  /** The currency is set by another document (a credit note's invoice); its rate may differ. */
  currencyLocked?: boolean
  onCurrency: (code: string) => void
  onRate: (text: string) => void
  onAdvance: () => void
  focusRate: () => void
}) {
  const { t } = useI18n()
  const foreign = props.currency !== props.base
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, next: () => void) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey)
      return
    event.preventDefault()
    event.stopPropagation()
    next()
  }
  return (
    <>
      <Field label={t('currency.field.currency')} className="narrow">
        <select
          data-field="currency"
          value={props.currency}
          disabled={props.currencyLocked}
          onChange={(event) => props.onCurrency(event.target.value)}
          onKeyDown={(event) => onKeyDown(event, foreign ? props.focusRate : props.onAdvance)}
        >
          {CODES.map((code) => (
            <option key={code} value={code}>
              {t('currency.option', { code, name: CURRENCIES[code].name })}
            </option>
          ))}
        </select>
      </Field>
      {foreign ? (
        <Field
          label={t('currency.field.rate')}
          error={props.rateError}
          hint={t('currency.rateHint', { currency: props.currency, base: props.base })}
          className="narrow"
        >
          <input
            data-field="rate"
            inputMode="decimal"
            autoComplete="off"
            dir="ltr"
            value={props.rate}
            onChange={(event) => props.onRate(event.target.value)}
            onKeyDown={(event) => onKeyDown(event, props.onAdvance)}
          />
        </Field>
      ) : null}
    </>
  )
}
