import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

const ROW_HEIGHT = 30

/** Rows fetched a page at a time: how many there are, the ones held so far, and a fetch. */
export interface PagedRows<T> {
  count: number
  at: (index: number) => T | undefined
  /** Asks for rows [first, last], once the user stops scrolling there. */
  ensure: (first: number, last: number) => void
  /** Shown in a row not fetched yet. */
  loading: string
}

/**
 * A virtualised, keyboard-navigable list: only rows in view exist in the page; arrows,
 * Page Up/Down, Home and End move, Enter opens. `className` sets the columns. `rows` is an array,
 * or pages fetched as they come into view (the journal's million entries).
 */
export function VirtualRows<T>(props: {
  rows: readonly T[] | PagedRows<T>
  label: string
  className?: string
  head: ReactNode
  /** Shown when there are no rows; nothing while they are still unknown. */
  empty: string | null
  rowKey: (row: T) => string
  cells: (row: T) => ReactNode
  onOpen: (row: T) => void
  idPrefix: string
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [selected, setSelected] = useState(0)
  const { rows } = props
  const paged = isPaged(rows) ? rows : null
  const count = paged ? paged.count : (rows as readonly T[]).length
  const rowAt = (index: number) => (paged ? paged.at(index) : (rows as readonly T[])[index])
  const current = Math.min(selected, Math.max(0, count - 1))
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? -1
  const ensure = paged?.ensure
  useEffect(() => {
    if (!ensure) return
    // Dragging the scrollbar across a million rows passes thousands of windows: ask only for
    // the one the user stops at.
    const timer = window.setTimeout(() => ensure(first, last), 60)
    return () => window.clearTimeout(timer)
  }, [ensure, first, last])

  const open = (index: number) => {
    const row = rowAt(index)
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
      className={props.className ? `virtual-list ${props.className}` : 'virtual-list'}
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
        {count === 0 && props.empty !== null ? <div className="empty">{props.empty}</div> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index)
            const isSelected = item.index === current
            return (
              <div
                key={row === undefined ? item.key : props.rowKey(row)}
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
                {row !== undefined ? (
                  props.cells(row)
                ) : (
                  <span role="gridcell" className="placeholder muted">
                    {paged?.loading}
                  </span>
                )}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

function isPaged<T>(rows: readonly T[] | PagedRows<T>): rows is PagedRows<T> {
  return !Array.isArray(rows)
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
