import type { JournalListQuery } from '../../shared/domain/ledger'
import { usePagedRows } from '../components/use-paged-rows'
import { useInvoke } from '../state/services'

export type JournalFilters = Omit<JournalListQuery, 'offset' | 'limit'>

/** The journal as pages of `journal.list`, fetched as the visible window reaches them. */
export function useJournalPages(filters: JournalFilters) {
  const invoke = useInvoke()
  return usePagedRows(JSON.stringify(filters), (offset, limit) =>
    invoke('journal.list', { ...filters, offset, limit }),
  )
}
