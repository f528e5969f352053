import { useState, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-context'

/**
 * A table row whose name is edited in place: Enter or Rename saves it, and the row's other
 * actions follow. Keyed by its name by the caller, so a saved rename starts afresh.
 */
export function RenameRow(props: {
  value: string
  label: string
  mono?: boolean
  badge?: ReactNode
  onRename: (value: string) => Promise<boolean>
  children: ReactNode
}) {
  const { t } = useI18n()
  const [value, setValue] = useState(props.value)
  const changed = value !== props.value
  return (
    <tr>
      <td>
        <input
          dir="auto"
          className={props.mono ? 'mono' : undefined}
          aria-label={props.label}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && changed && void props.onRename(value)}
        />
        {props.badge}
      </td>
      <td className="end">
        {changed ? (
          <button type="button" className="link" onClick={() => void props.onRename(value)}>
            {t('inventory.rename')}
          </button>
        ) : null}{' '}
        {props.children}
      </td>
    </tr>
  )
}
