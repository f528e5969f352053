import type { ReactNode } from 'react'
import {
  convertAtRate,
  currencyDecimals,
  exchangeRateText,
  formatMoney,
  isCurrencyCode,
} from '../../../shared/money'
import { Amount } from '../../components/amount'
import { I18nProvider, useI18n } from '../../i18n/i18n-context'
import { useSession } from '../../state/services'
import { readRateInput } from './document-currency'

/** Amounts inside (every <Amount>) in `currency`'s minor-unit digits instead of the company's. */
export function CurrencyScope(props: { currency: string | undefined; children: ReactNode }) {
  const { format } = useI18n()
  if (!props.currency || !isCurrencyCode(props.currency)) return <>{props.children}</>
  return (
    <I18nProvider locale={format.locale} decimals={currencyDecimals(props.currency)}>
      {props.children}
    </I18nProvider>
  )
}

/** Money with its currency's digits and code: "1,500 JPY", "109.99 EUR". */
export function CurrencyAmount(props: { value: bigint; currency: string }) {
  const { format, t } = useI18n()
  const digits = isCurrencyCode(props.currency) ? currencyDecimals(props.currency) : 2
  return (
    <span className={props.value < 0n ? 'amount negative' : 'amount'}>
      {t('currency.amount', {
        amount: formatMoney(props.value, digits, format.locale),
        currency: props.currency,
      })}
    </span>
  )
}

/**
 * What a foreign amount is in the company's currency at the rate, beside it: "= 119.06 USD at
 * 1.0825". Nothing in the company's own currency, or while the rate does not read.
 */
export function BaseEquivalent(props: {
  amount: bigint
  currency: string
  base: string
  /** The rate as stored (scaled), or as typed. */
  rate: bigint | string
}) {
  const { format, t } = useI18n()
  if (props.currency === props.base) return null
  if (!isCurrencyCode(props.currency) || !isCurrencyCode(props.base)) return null
  const rate =
    typeof props.rate === 'bigint' ? props.rate : readRateInput(props.rate, format.locale)
  const scaled = typeof rate === 'bigint' ? rate : rate.ok ? rate.value : null
  if (scaled === null) return null
  const to = currencyDecimals(props.base)
  const value = convertAtRate(props.amount, scaled, { from: currencyDecimals(props.currency), to })
  return (
    <span className="muted small base-equivalent" data-base-equivalent={props.base}>
      {t('currency.baseEquivalent', {
        amount: formatMoney(value, to, format.locale),
        base: props.base,
        // Intl formats the decimal string exactly, no float in between.
        rate: new Intl.NumberFormat(format.locale, { maximumFractionDigits: 9 }).format(
          exchangeRateText(scaled) as unknown as number,
        ),
      })}
    </span>
  )
}

/** An amount of a document in a list: as any other in the company's currency, else with its code. */
export function DocumentAmount(props: { value: bigint; currency: string; blankZero?: boolean }) {
  const base = useSession((store) => store.session?.company?.currency)
  if (!base || props.currency === base)
    return <Amount value={props.value} blankZero={props.blankZero ?? false} />
  if (props.blankZero && props.value === 0n) return <span className="amount" />
  return <CurrencyAmount value={props.value} currency={props.currency} />
}
