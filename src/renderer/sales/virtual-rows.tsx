import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

const ROW_HEIGHT = 30

/**
 * A virtualised, keyboard-navigable list for the sales screens: only rows in view exist in the
 * page; arrows, Page Up/Down, Home and End move, Enter opens. `className` sets the columns.
 */
export function VirtualRows<T>(props: {
  rows: readonly T[]
  label: string
  className: string
  head: ReactNode
  empty: string
  rowKey: (row: T) => string
  cells: (row: T) => ReactNode
  onOpen: (row: T) => void
  idPrefix: string
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [selected, setSelected] = useState(0)
  const count = props.rows.length
  const current = Math.min(selected, Math.max(0, count - 1))
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const open = (index: number) => {
    const row = props.rows[index]
    if (row) props.onOpen(row)
  }
  const select = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index))
    setSelected(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }
  const pageRows = Math.max(
    1,
    Math.floor((scrollRef.current?.clientHeight ?? 320) / ROW_HEIGHT) - 1,
  )
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + pageRows,
      PageUp: current - pageRows,
      Home: 0,
      End: count - 1,
    }
    if (event.key in moves) select(moves[event.key]!)
    else if (event.key === 'Enter') open(current)
    else return
    event.preventDefault()
  }

  return (
    <div
      className={`virtual-list ${props.className}`}
      role="grid"
      aria-rowcount={count}
      aria-label={props.label}
    >
      <div className="list-row list-head" role="row">
        {props.head}
      </div>
      <div
        className="list-scroll"
        ref={scrollRef}
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-activedescendant={count > 0 ? `${props.idPrefix}-${current}` : undefined}
      >
        {count === 0 ? <div className="empty">{props.empty}</div> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = props.rows[item.index]!
            const isSelected = item.index === current
            return (
              <div
                key={props.rowKey(row)}
                id={`${props.idPrefix}-${item.index}`}
                role="row"
                aria-rowindex={item.index + 1}
                aria-selected={isSelected}
                className={isSelected ? 'list-row selected' : 'list-row'}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setSelected(item.index)
                  open(item.index)
                }}
              >
                {props.cells(row)}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

/** Search box that hands Arrow Down and Enter to the list below it. */
export function ListSearch(props: {
  value: string
  label: string
  onChange: (value: string) => void
  onEnter: () => void
}) {
  return (
    <input
      type="search"
      className="search"
      autoFocus
      dir="auto"
      aria-label={props.label}
      placeholder={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'Enter') {
          event.preventDefault()
          if (event.key === 'Enter') props.onEnter()
          else
            (
              event.currentTarget.closest('.page')?.querySelector('.list-scroll') as HTMLElement
            )?.focus()
        }
      }}
    />
  )
}
