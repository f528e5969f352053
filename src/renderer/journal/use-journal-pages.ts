import type { JournalListKey, JournalListQuery, JournalListRow } from '../../shared/domain/ledger'
import { usePagedRows } from '../components/use-paged-rows'
import { useInvoke } from '../state/services'

export type JournalFilters = Omit<
  JournalListQuery,
  'offset' | 'limit' | 'after' | 'before' | 'last'
>

/** The journal as pages of `journal.list`, fetched as the visible window reaches them. */
export function useJournalPages(filters: JournalFilters) {
  const invoke = useInvoke()
  return usePagedRows<JournalListRow>(JSON.stringify(filters), ({ after, before, ...page }) =>
    invoke('journal.list', { ...filters, ...page, after: keyOf(after), before: keyOf(before) }),
  )
}

function keyOf(row: JournalListRow | undefined): JournalListKey | undefined {
  return row && { date: row.date, id: row.id }
}
