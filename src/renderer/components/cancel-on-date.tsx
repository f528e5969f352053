import { useState } from 'react'
import { today } from '../../shared/dates'
import { useI18n } from '../i18n/i18n-context'

/**
 * Cancelling a posted document is a reversal on a date: the button first asks for that date
 * (today by default), then confirms. `onConfirm` gets the date and a `close` to call once the
 * cancellation went through, so a refused one stays open with its date.
 */
export function CancelOnDate(props: {
  label: string
  confirmLabel: string
  onConfirm: (date: string, close: () => void) => void
}) {
  const { t } = useI18n()
  const [date, setDate] = useState<string | null>(null)
  if (date === null)
    return (
      <button type="button" className="danger" onClick={() => setDate(today())}>
        {props.label}
      </button>
    )
  return (
    <span className="inline-row">
      <label className="inline-label">
        {t('invoiceDetail.cancelOn')}
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <button
        type="button"
        className="danger"
        onClick={() => props.onConfirm(date, () => setDate(null))}
      >
        {props.confirmLabel}
      </button>
      <button type="button" className="quiet" onClick={() => setDate(null)}>
        {t('action.cancel')}
      </button>
    </span>
  )
}
