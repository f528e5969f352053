import { useI18n } from '../i18n/i18n-context'

/** Money, formatted for the company's locale, aligned at the end of its cell. */
export function Amount(props: { value: bigint; blankZero?: boolean }) {
  const { format } = useI18n()
  if (props.blankZero && props.value === 0n) return <span className="amount" />
  return (
    <span className={props.value < 0n ? 'amount negative' : 'amount'}>
      {format.money(props.value)}
    </span>
  )
}
