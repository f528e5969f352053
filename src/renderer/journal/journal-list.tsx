import { Amount } from '../components/amount'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { VirtualRows } from '../sales/virtual-rows'
import { JournalFiltersBar } from './journal-filters'
import { useJournalPages } from './use-journal-pages'

type ListRoute = Extract<Route, { page: 'journal-list' }>

/**
 * Every journal entry, newest first, in a virtualised list: only the rows in view exist in the
 * page, and rows are fetched a page at a time as they come into view. Arrows move, Enter opens.
 */
export function JournalList(props: { filters: ListRoute }) {
  const { t, tn, format } = useI18n()
  const navigate = useNavigate()
  const { search, from, to, status } = props.filters
  const { total, rowAt, ensure, error } = useJournalPages({ search, from, to, status })

  return (
    <div className="page journal-page">
      <JournalFiltersBar filters={props.filters} />
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <div className="list-summary muted" aria-live="polite">
        {total === null ? t('app.loading') : tn('journal.count', total)}
      </div>
      <VirtualRows
        rows={{ count: total ?? 0, at: rowAt, ensure, loading: t('app.loading') }}
        label={t('nav.journal')}
        idPrefix="journal-row"
        empty={total === 0 ? t('journal.empty') : null}
        rowKey={(row) => row.id}
        onOpen={(row) => navigate({ page: 'journal-entry', id: row.id })}
        head={
          <>
            <span role="columnheader">{t('journal.col.number')}</span>
            <span role="columnheader">{t('journal.col.date')}</span>
            <span role="columnheader">{t('journal.col.reference')}</span>
            <span role="columnheader">{t('journal.col.memo')}</span>
            <span role="columnheader">{t('journal.col.status')}</span>
            <span role="columnheader" className="end">
              {t('journal.col.amount')}
            </span>
          </>
        }
        cells={(row) => (
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
        )}
      />
    </div>
  )
}
