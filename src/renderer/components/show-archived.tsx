import { useI18n } from '../i18n/i18n-context'

/** A list toolbar's "Show archived": archived records stay out of the list until it is ticked. */
export function ShowArchived(props: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useI18n()
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {t('action.showArchived')}
    </label>
  )
}
