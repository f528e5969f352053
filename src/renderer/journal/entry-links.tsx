import type { JournalEntry } from '../../shared/domain/ledger'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useInvoke } from '../state/services'

/** "Reverses JE-…" / "Reversed by JE-…", as links to the other entry. */
export function EntryLinks(props: { entry: JournalEntry }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const otherId = props.entry.reversesId ?? props.entry.reversedById
  const other = useQuery(otherId, () => invoke('journal.get', { id: otherId ?? '' }))
  if (!otherId) return null
  const number = other.data?.id === otherId ? (other.data.number ?? '') : '…'
  const key = props.entry.reversesId ? 'entry.reverses' : 'entry.reversedBy'
  return (
    <p className="entry-links">
      {t(key)}{' '}
      <a className="mono" href={routeHref({ page: 'journal-entry', id: otherId })}>
        {number}
      </a>
    </p>
  )
}
