import { useEffect, useState } from 'react'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'

type ListRoute = Extract<Route, { page: 'journal-list' }>

/** Search, date range and status; they live in the address so Back returns to the same view. */
export function JournalFiltersBar(props: { filters: ListRoute }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const filters = props.filters
  const [search, setSearch] = useState(filters.search ?? '')
  const update = (patch: Partial<ListRoute>) =>
    navigate({ ...filters, ...patch }, { replace: true })

  useEffect(() => {
    if (search === (filters.search ?? '')) return
    const timer = window.setTimeout(
      () => navigate({ ...filters, search: search || undefined }, { replace: true }),
      250,
    )
    return () => window.clearTimeout(timer)
  }, [search, filters, navigate])

  return (
    <div className="toolbar filters">
      <input
        type="search"
        className="search"
        dir="auto"
        aria-label={t('journal.filter.search')}
        placeholder={t('journal.filter.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <label className="inline-label">
        {t('journal.filter.from')}
        <input
          type="date"
          value={filters.from ?? ''}
          onChange={(event) => update({ from: event.target.value || undefined })}
        />
      </label>
      <label className="inline-label">
        {t('journal.filter.to')}
        <input
          type="date"
          value={filters.to ?? ''}
          onChange={(event) => update({ to: event.target.value || undefined })}
        />
      </label>
      <label className="inline-label">
        {t('journal.filter.status')}
        <select
          value={filters.status ?? ''}
          onChange={(event) =>
            update({
              status:
                event.target.value === 'draft' || event.target.value === 'posted'
                  ? event.target.value
                  : undefined,
            })
          }
        >
          <option value="">{t('journal.filter.anyStatus')}</option>
          <option value="posted">{t('status.posted')}</option>
          <option value="draft">{t('status.draft')}</option>
        </select>
      </label>
      <a className="button-link" href="#/journal/new">
        {t('nav.newEntry')}
      </a>
    </div>
  )
}
