import { useState, type ReactNode } from 'react'
import { asRpcError } from '../api/rpc-error'
import { Notice } from './notice'

/**
 * A page's engine calls, one at a time: `act` runs one unless another is under way, and keeps
 * the engine's refusal for the page to show.
 */
export function useEngineAction() {
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

export type EngineAction = ReturnType<typeof useEngineAction>

/**
 * A button that runs `run` through the page's `action`, disabled while any of its calls runs;
 * `onDone` gets the answer once the call went through (to reload, or to leave the page).
 */
export function ActionButton<T>(props: {
  action: EngineAction
  run: () => Promise<T>
  onDone?: (answer: T) => void
  className?: string
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className={props.className}
      disabled={props.action.busy}
      onClick={() =>
        void props.action.act(async () => {
          const answer = await props.run()
          props.onDone?.(answer)
        })
      }
    >
      {props.children}
    </button>
  )
}

/** The engine's refusal of the page's last call, if it refused. */
export function ActionError(props: { action: EngineAction }) {
  return props.action.error ? <Notice tone="error">{props.action.error}</Notice> : null
}
