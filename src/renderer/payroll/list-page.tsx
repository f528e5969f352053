import type { ReactNode } from 'react'
import type { RpcError } from '../api/rpc-error'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'

/**
 * A payroll list screen: the New button (focused first) with `status` beside it, the engine's
 * refusal to list, then the list and what follows it.
 */
export function PayrollListPage(props: {
  newLabel: string
  onNew: () => void
  status?: ReactNode
  error: RpcError | null
  children: ReactNode
}) {
  return (
    <div className="page list-page">
      <div className="toolbar">
        <button type="button" className="primary" autoFocus onClick={props.onNew}>
          {props.newLabel}
        </button>
        {props.status}
      </div>
      {props.error ? <Notice tone="error">{props.error.message}</Notice> : null}
      {props.children}
    </div>
  )
}

/** How many records the list holds, announced as it changes; "loading" until `text` comes. */
export function ListCount(props: { text: string | undefined }) {
  const { t } = useI18n()
  return (
    <span className="toolbar-count muted" aria-live="polite">
      {props.text ?? t('app.loading')}
    </span>
  )
}

/** The keys the payroll lists answer to, under the list. */
export function KeyboardHint() {
  const { t } = useI18n()
  return <p className="muted keyboard-hint">{t('payroll.keyboardHint')}</p>
}
