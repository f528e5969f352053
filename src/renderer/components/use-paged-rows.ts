import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { asRpcError, type RpcError } from '../api/rpc-error'
import { PAGE_SIZE, pageOf, pagesToEvict, pagesToLoad } from '../journal/list-pages'

/** One page of a long list, as the engine reads it: the rows asked for, and how many in all. */
export interface RowsPage<T> {
  total: number
  rows: T[]
}

interface Pages<T> {
  key: string
  total: number | null
  pages: ReadonlyMap<number, T[]>
}

/**
 * What a page read asks for: rows [offset, offset + limit), and when the list has them, the row
 * just before (`after`) or just after (`before`) the page, so the engine reads on from that row by
 * its index instead of counting `offset` rows; `last` is the list's last page, read from its end.
 */
export interface PageRequest<T> {
  offset: number
  limit: number
  after?: T
  before?: T
  last?: boolean
}

/** Pages held at once; the farthest from view are forgotten so memory stays flat at any size. */
const KEEP_PAGES = 40

/**
 * A long list read a page at a time as the visible window reaches it (the journal, an account's
 * ledger lines). The total comes with the first page, so a virtual list can size its scrollbar
 * for a million rows at once. `key` names what is listed: a new key starts over.
 */
export function usePagedRows<T>(
  key: string,
  read: (request: PageRequest<T>) => Promise<RowsPage<T>>,
) {
  const [state, setState] = useState<Pages<T>>({ key, total: null, pages: new Map() })
  const [error, setError] = useState<RpcError | null>(null)
  const inFlight = useRef(new Set<string>())
  const readRef = useRef(read)
  readRef.current = read
  const current = useMemo<Pages<T>>(
    () => (state.key === key ? state : { key, total: null, pages: new Map() }),
    [state, key],
  )

  const fetchPage = useCallback(
    (page: number, known: Pages<T>) => {
      const tag = `${key}#${page}`
      if (inFlight.current.has(tag)) return
      inFlight.current.add(tag)
      readRef
        .current(requestFor(page, known))
        .then(
          (result) => {
            setError(null)
            setState((before) => {
              const base = before.key === key ? before : { key, total: null, pages: new Map() }
              const pages = new Map(base.pages).set(page, result.rows)
              for (const old of pagesToEvict(pages.keys(), page, KEEP_PAGES)) pages.delete(old)
              return { key, total: result.total, pages }
            })
          },
          (caught: unknown) => setError(asRpcError(caught)),
        )
        .finally(() => inFlight.current.delete(tag))
    },
    [key],
  )

  useEffect(() => fetchPage(0, { key, total: null, pages: new Map() }), [fetchPage, key])

  /** Asks for the pages rows [first, last] need. */
  const ensure = useCallback(
    (first: number, last: number) => {
      if (current.total === null) return
      const loaded = new Set(current.pages.keys())
      for (const page of pagesToLoad(first, last, current.total, loaded)) fetchPage(page, current)
    },
    [current, fetchPage],
  )

  const rowAt = (index: number): T | undefined =>
    current.pages.get(pageOf(index))?.[index % PAGE_SIZE]

  return { total: current.total, rowAt, ensure, error }
}

/** Page `page`'s read: from a neighbour page's edge row when one is held, else by offset. */
function requestFor<T>(page: number, known: Pages<T>): PageRequest<T> {
  const offset = page * PAGE_SIZE
  const { total, pages } = known
  if (total !== null && page > 0 && page === pageOf(total - 1)) {
    return { offset, limit: total - offset, last: true }
  }
  const previous = pages.get(page - 1)
  if (previous?.length === PAGE_SIZE) return { offset, limit: PAGE_SIZE, after: previous.at(-1) }
  const next = pages.get(page + 1)?.[0]
  return next ? { offset, limit: PAGE_SIZE, before: next } : { offset, limit: PAGE_SIZE }
}
