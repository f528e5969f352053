import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Amount } from '../components/amount'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { JournalFiltersBar } from './journal-filters'
import { useJournalPages } from './use-journal-pages'

type ListRoute = Extract<Route, { page: 'journal-list' }>

const ROW_HEIGHT = 30

/**
 * Every journal entry, newest first, in a virtualised list: only the rows in view exist in the
 * page, and rows are fetched a page at a time as they come into view. Arrows move, Enter opens.
 */
export function JournalList(props: { filters: ListRoute }) {
  const { t, tn, format } = useI18n()
  const navigate = useNavigate()
  const { search, from, to, status } = props.filters
  const { total, rowAt, ensure, error } = useJournalPages({ search, from, to, status })
  const scrollRef = useRef<HTMLDivElement>(null)
  const [selected, setSelected] = useState(0)
  const count = total ?? 0

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? -1
  useEffect(() => {
    // Dragging the scrollbar across a million rows passes thousands of windows: ask only for
    // the one the user stops at.
    const timer = window.setTimeout(() => ensure(first, last), 60)
    return () => window.clearTimeout(timer)
  }, [ensure, first, last])

  const open = (index: number) => {
    const row = rowAt(index)
    if (row) navigate({ page: 'journal-entry', id: row.id })
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
      ArrowDown: selected + 1,
      ArrowUp: selected - 1,
      PageDown: selected + pageRows,
      PageUp: selected - pageRows,
      Home: 0,
      End: count - 1,
    }
    if (event.key in moves) select(moves[event.key]!)
    else if (event.key === 'Enter') open(selected)
    else return
    event.preventDefault()
  }

  return (
    <div className="page journal-page">
      <JournalFiltersBar filters={props.filters} />
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <div className="list-summary muted" aria-live="polite">
        {total === null ? t('app.loading') : tn('journal.count', total)}
      </div>
      <div className="virtual-list" role="grid" aria-rowcount={count} aria-label={t('nav.journal')}>
        <div className="list-row list-head" role="row">
          <span role="columnheader">{t('journal.col.number')}</span>
          <span role="columnheader">{t('journal.col.date')}</span>
          <span role="columnheader">{t('journal.col.reference')}</span>
          <span role="columnheader">{t('journal.col.memo')}</span>
          <span role="columnheader">{t('journal.col.status')}</span>
          <span role="columnheader" className="end">
            {t('journal.col.amount')}
          </span>
        </div>
        <div
          className="list-scroll"
          ref={scrollRef}
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-activedescendant={count > 0 ? `journal-row-${selected}` : undefined}
        >
          {total === 0 ? <div className="empty">{t('journal.empty')}</div> : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index)
              const isSelected = item.index === selected
              return (
                <div
                  key={item.key}
                  id={`journal-row-${item.index}`}
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
                  {row ? (
                    <>
                      <span role="gridcell" className="mono">
                        {row.number ?? '—'}
                      </span>
                      <span role="gridcell">{format.date(row.date)}</span>
                      <span role="gridcell" className="ellipsis">
                        {row.reference}
                      </span>
                      <span role="gridcell" className="ellipsis">
                        {row.memo}
                      </span>
                      <span role="gridcell">
                        <span className={`badge ${row.status}`}>{t(`status.${row.status}`)}</span>
                      </span>
                      <span role="gridcell" className="end">
                        <Amount value={row.amount} />
                      </span>
                    </>
                  ) : (
                    <span role="gridcell" className="placeholder muted">
                      {t('app.loading')}
                    </span>
                  )}
                </div>
              )
            })}
          </div>
        </div>
      </div>
    </div>
  )
}
