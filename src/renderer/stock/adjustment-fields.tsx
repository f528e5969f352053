import { Field } from '../components/field'
import { useI18n } from '../i18n/i18n-context'
import { ADJUSTMENT_REASONS, type AdjustmentReason } from './adjustment-reason'

/**
 * An adjustment's head: the reason (required) with a note, and which way a scan moves a line:
 * up (stock found or added) or down (damaged, expired, stolen).
 */
export function AdjustmentFields(props: {
  reason: AdjustmentReason
  onReason: (reason: AdjustmentReason) => void
  error: string | null
  takeOut: boolean
  onTakeOut: (takeOut: boolean) => void
}) {
  const { t } = useI18n()
  const reason = props.reason
  return (
    <>
      <Field label={t('stock.reason')} error={props.error}>
        <select
          value={reason.choice}
          onChange={(event) =>
            props.onReason({ ...reason, choice: event.target.value as AdjustmentReason['choice'] })
          }
        >
          <option value="">{t('stock.adjust.chooseReason')}</option>
          {ADJUSTMENT_REASONS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`stock.adjust.reason.${choice}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('stock.adjust.note')}>
        <input
          dir="auto"
          autoComplete="off"
          value={reason.note}
          onChange={(event) => props.onReason({ ...reason, note: event.target.value })}
        />
      </Field>
      <label className="checkbox adjust-direction">
        <input
          type="checkbox"
          checked={props.takeOut}
          onChange={(event) => props.onTakeOut(event.target.checked)}
        />
        {t('stock.adjust.scansTakeOut')}
      </label>
    </>
  )
}
