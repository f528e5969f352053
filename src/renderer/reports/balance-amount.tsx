import { useI18n } from '../i18n/i18n-context'

/** A balance kept debit-positive, shown as an amount with its side: 120.00 Dr, 45.00 Cr. */
export function BalanceAmount(props: { value: bigint }) {
  const { t, format } = useI18n()
  const { value } = props
  if (value === 0n) return <span className="amount">{format.money(0n)}</span>
  const side = value > 0n ? t('report.dr') : t('report.cr')
  return (
    <span className="amount">
      {format.money(value < 0n ? -value : value)} <span className="side">{side}</span>
    </span>
  )
}
