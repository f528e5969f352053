import type { KeyboardEvent } from 'react'

/** Arrow keys move between a table's focusable rows; Enter opens the row. */
export function rowKeys(open: () => void) {
  return (event: KeyboardEvent<HTMLTableRowElement>) => {
    const row = event.currentTarget
    if (event.key === 'Enter') {
      event.preventDefault()
      open()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling
      if (next instanceof HTMLElement) next.focus()
    }
  }
}
