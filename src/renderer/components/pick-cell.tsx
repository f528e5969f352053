import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'

export interface PickOption<T> {
  key: string
  item: T
  /** The row in the list: code, name, price... */
  content: ReactNode
}

/**
 * A text cell with autocomplete (accounts, products, customers): type part of a code or name,
 * arrows move, Enter picks and moves on. `extra` is a last row such as "Create customer…".
 */
export function PickCell<T>(props: {
  field: string
  text: string
  picked: boolean
  options: (text: string) => PickOption<T>[]
  label: string
  empty: string
  invalid: boolean
  describedBy?: string
  autoFocus?: boolean
  extra?: { content: ReactNode; run: () => void }
  onType: (text: string) => void
  onPick: (item: T) => void
  onAdvance: () => void
}) {
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const options = open ? props.options(props.text) : []
  const rows = options.length + (props.extra ? 1 : 0)
  const current = Math.min(active, Math.max(0, rows - 1))

  const pick = (option: PickOption<T>) => {
    props.onPick(option.item)
    setOpen(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) {
        setOpen(true)
        setActive(0)
        return
      }
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current + step + rows) % Math.max(1, rows))
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      event.stopPropagation()
      if (open && props.text.trim()) {
        const chosen = options[current]
        if (chosen) pick(chosen)
        else if (props.extra && current === options.length) {
          setOpen(false)
          props.extra.run()
          return
        } else if (!props.picked) return
      } else if (props.text.trim() && !props.picked) {
        setOpen(true)
        return
      }
      props.onAdvance()
    }
  }

  const showList = open && props.text.trim() !== ''
  return (
    <div className="account-cell pick-cell">
      <input
        data-field={props.field}
        dir="auto"
        value={props.text}
        role="combobox"
        autoFocus={props.autoFocus}
        aria-label={props.label}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && rows > 0 ? `${listId}-${current}` : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          props.onType(event.target.value)
          setOpen(true)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {showList ? (
        <ul className="autocomplete" id={listId} role="listbox" aria-label={props.label}>
          {options.length === 0 ? <li className="autocomplete-empty">{props.empty}</li> : null}
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(option)
              }}
            >
              {option.content}
            </li>
          ))}
          {props.extra ? (
            <li
              id={`${listId}-${options.length}`}
              role="option"
              aria-selected={current === options.length}
              className={current === options.length ? 'active extra' : 'extra'}
              onMouseDown={(event) => {
                event.preventDefault()
                setOpen(false)
                props.extra?.run()
              }}
            >
              {props.extra.content}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  )
}
