import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

/**
 * A scanner types faster than the engine answers: a clerk may scan and press Ctrl+Enter before
 * the last code has been looked up. `request` runs the page's action at once when no scan is in
 * flight, else once every scan has reached the lines, so no scan is left out of what is posted.
 */
export function useSettledScans<T>(run: (request: T) => void) {
  const [pending, setPending] = useState(0)
  const [queued, setQueued] = useState<{ request: T } | null>(null)
  const latest = useRef(run)
  useLayoutEffect(() => {
    latest.current = run
  })
  useEffect(() => {
    if (!queued || pending > 0) return
    setQueued(null)
    latest.current(queued.request)
  }, [queued, pending])
  return {
    onLookup: useCallback((change: 1 | -1) => setPending((count) => count + change), []),
    request: (value: T) => (pending > 0 ? setQueued({ request: value }) : latest.current(value)),
  }
}
