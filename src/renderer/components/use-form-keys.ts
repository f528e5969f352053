import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react'

/**
 * A document form's shortcuts, anywhere on the page: Ctrl+Enter posts, Ctrl+S saves a draft,
 * Ctrl+Delete removes the current line. `paused` while a dialog over the form has the keyboard.
 */
export function useFormShortcuts(keys: {
  post: () => void
  saveDraft: () => void
  removeLine: () => void
  paused?: boolean
}) {
  // The listener stays put; the latest handlers (and the state they close over) are read at
  // key time.
  const latest = useRef(keys)
  useLayoutEffect(() => {
    latest.current = keys
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { post, saveDraft, removeLine, paused } = latest.current
      if (paused || !(event.ctrlKey || event.metaKey)) return
      if (event.key === 'Enter') post()
      else if (event.key.toLowerCase() === 's') saveDraft()
      else if (event.key === 'Delete') removeLine()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

/** Plain Enter in a form field (one with `data-field`) moves on to the field `advance` picks. */
export function enterMovesOn(advance: (field: string) => void) {
  return (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey)
      return
    const field = (event.target as HTMLElement).dataset.field
    if (!field) return
    event.preventDefault()
    advance(field)
  }
}

/**
 * Moves the cursor to a form field by its `data-field` name once the page shows it (a new line's
 * cell exists only after the render that adds it); text in an input is selected to type over.
 * Keyboard first: the form opens with the cursor in `first`.
 */
export function useFieldFocus(first: string) {
  const rootRef = useRef<HTMLDivElement>(null)
  const [target, setTarget] = useState<{ field: string }>({ field: first })
  useLayoutEffect(() => {
    const element = rootRef.current?.querySelector<HTMLInputElement>(
      `[data-field="${CSS.escape(target.field)}"]`,
    )
    element?.focus()
    if (element && element.type !== 'date' && element.tagName === 'INPUT') element.select()
  }, [target])
  // A new object each time, so asking for the same field again focuses it again.
  const focus = (field: string) => setTarget({ field })
  return { rootRef, focus }
}
