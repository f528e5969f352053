import { useCallback, useEffect, useRef, useState } from 'react'
import type { JournalListQuery, JournalListRow } from '../../shared/domain/ledger'
import { asRpcError, type RpcError } from '../api/rpc-error'
import { useInvoke } from '../state/services'
import { PAGE_SIZE, pageOf, pagesToEvict, pagesToLoad } from './list-pages'

export type JournalFilters = Omit<JournalListQuery, 'offset' | 'limit'>

interface Pages {
  key: string
  total: number | null
  pages: ReadonlyMap<number, JournalListRow[]>
}

/** Pages held at once; the farthest from view are forgotten so memory stays flat at any size. */
const KEEP_PAGES = 40

/**
 * The journal as pages of `journal.list`, fetched as the visible window reaches them. The total
 * comes with the first page, so the list can size its scrollbar for a million entries at once.
 */
export function useJournalPages(filters: JournalFilters) {
  const invoke = useInvoke()
  const key = JSON.stringify(filters)
  const [state, setState] = useState<Pages>({ key, total: null, pages: new Map() })
  const [error, setError] = useState<RpcError | null>(null)
  const inFlight = useRef(new Set<string>())
  const current: Pages = state.key === key ? state : { key, total: null, pages: new Map() }

  const fetchPage = useCallback(
    (page: number) => {
      const tag = `${key}#${page}`
      if (inFlight.current.has(tag)) return
      inFlight.current.add(tag)
      const query = JSON.parse(key) as JournalFilters
      invoke('journal.list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
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
    [invoke, key],
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

  const rowAt = (index: number): JournalListRow | undefined =>
    current.pages.get(pageOf(index))?.[index % PAGE_SIZE]

  return { total: current.total, rowAt, ensure, error }
}
