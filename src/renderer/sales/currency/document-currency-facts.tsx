import {
  formatMoney,
  currencyDecimals,
  exchangeRateText,
  isCurrencyCode,
} from '../../../shared/money'
import { useI18n } from '../../i18n/i18n-context'
import { useSession } from '../../state/services'

/**
 * A document's currency among its facts (a <dl>'s terms): when it is not the company's, the code,
 * the rate it was entered at, and its total in the company's currency as its journal posted it.
 */
export function DocumentCurrencyFacts(props: {
  doc: { currency: string; rate?: bigint | undefined; baseGross?: bigint | undefined }
}) {
  const { t, format } = useI18n()
  const company = useSession((store) => store.session?.company)
  const { doc } = props
  if (!company || doc.currency === company.currency) return null
  const rate = doc.rate
    ? new Intl.NumberFormat(format.locale, { maximumFractionDigits: 9 }).format(
        exchangeRateText(doc.rate) as unknown as number,
      )
    : '—'
  return (
    <>
      <dt>{t('currency.field.currency')}</dt>
      <dd data-fact="currency">{doc.currency}</dd>
      <dt>{t('currency.field.rate')}</dt>
      <dd data-fact="rate">
        {t('currency.rateFact', { currency: doc.currency, rate, base: company.currency })}
      </dd>
      {doc.baseGross !== undefined && isCurrencyCode(company.currency) ? (
        <>
          <dt>{t('currency.totalInBase', { base: company.currency })}</dt>
          <dd data-fact="base-gross">
            {formatMoney(doc.baseGross, currencyDecimals(company.currency), format.locale)}
          </dd>
        </>
      ) : null}
    </>
  )
}
