import { useState, type ReactNode } from 'react'
import { asRpcError } from '../../api/rpc-error'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'

/** One engine call at a time, its refusal kept to show: the order pages' buttons. */
export function useBusyAction() {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const act = async (action: () => Promise<void>) => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (caught) {
      setError(asRpcError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  return { error, setError, busy, act }
}

/**
 * A sales or purchase order's buttons: a draft is issued or deleted; an open order is invoiced
 * (or billed) for all that is left or the quantities typed, or closed by hand. `extra` comes
 * first: printing, or editing a draft.
 */
export function OrderActions(props: {
  status: string
  busy: boolean
  words: { issue: MessageKey; all: MessageKey; chosen: MessageKey }
  extra?: ReactNode
  onIssue: () => void
  onDelete: () => void
  onAll: () => void
  onChosen: () => void
  onClose: () => void
}) {
  const { t } = useI18n()
  const button = (label: MessageKey, run: () => void, className?: string) => (
    <button type="button" className={className} disabled={props.busy} onClick={run}>
      {t(label)}
    </button>
  )
  return (
    <div className="actions">
      {props.extra}
      {props.status === 'draft' ? (
        <>
          {button(props.words.issue, props.onIssue, 'primary')}
          {button('order.delete', props.onDelete, 'danger')}
        </>
      ) : null}
      {props.status === 'open' ? (
        <>
          {button(props.words.all, props.onAll, 'primary')}
          {button(props.words.chosen, props.onChosen)}
          {button('order.close', props.onClose, 'danger')}
        </>
      ) : null}
    </div>
  )
}
