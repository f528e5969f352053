import { useState } from 'react'
import { asRpcError } from '../api/rpc-error'

/**
 * Runs one engine call for a small list screen: the error it gives is kept to show, and
 * `onDone` (a reload) follows success. `run` says whether it worked, so a form can clear.
 */
export function useAction(onDone: () => void) {
  const [error, setError] = useState<string | null>(null)
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null)
    try {
      await action()
      onDone()
      return true
    } catch (caught) {
      setError(asRpcError(caught).message)
      return false
    }
  }
  return { error, run }
}
