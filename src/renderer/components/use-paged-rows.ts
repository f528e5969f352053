import { useCallback, useEffect, useRef, useState } from 'react'
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

/** Pages held at once; the farthest from view are forgotten so memory stays flat at any size. */
const KEEP_PAGES = 40

/**
 * A long list read a page at a time as the visible window reaches it (the journal, an account's
 * ledger lines). The total comes with the first page, so a virtual list can size its scrollbar
 * for a million rows at once. `key` names what is listed: a new key starts over.
 */
export function usePagedRows<T>(
  key: string,
  read: (offset: number, limit: number) => Promise<RowsPage<T>>,
) {
  const [state, setState] = useState<Pages<T>>({ key, total: null, pages: new Map() })
  const [error, setError] = useState<RpcError | null>(null)
  const inFlight = useRef(new Set<string>())
  const readRef = useRef(read)
  readRef.current = read
  const current: Pages<T> = state.key === key ? state : { key, total: null, pages: new Map() }

  const fetchPage = useCallback(
    (page: number) => {
      const tag = `${key}#${page}`
      if (inFlight.current.has(tag)) return
      inFlight.current.add(tag)
      readRef
        .current(page * PAGE_SIZE, PAGE_SIZE)
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

  useEffect(() => fetchPage(0), [fetchPage])

  /** Asks for the pages rows [first, last] need. */
  const ensure = useCallback(
    (first: number, last: number) => {
      if (current.total === null) return
      const loaded = new Set(current.pages.keys())
      for (const page of pagesToLoad(first, last, current.total, loaded)) fetchPage(page)
    },
    [current.total, current.pages, fetchPage],
  )

  const rowAt = (index: number): T | undefined =>
    current.pages.get(pageOf(index))?.[index % PAGE_SIZE]

  return { total: current.total, rowAt, ensure, error }
}
