import { useEffect, useState } from 'react'
import { DOCUMENT_LIST_STATUSES, type DocumentListPage } from '../../../shared/domain/document-list'
import { useI18n } from '../../i18n/i18n-context'
import {
  documentListQueryParams,
  type DocumentListParams,
} from '../../routing/document-list-params'
import { routeHref, type Route } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { ListSearch } from '../virtual-rows'
import { ContactFilter } from './invoice-list-contact'
import type { PostedDocumentListKind } from './posted-document-list'
import './invoice-list.css'

/**
 * Search, standing, dates and contact above a document list. They live in the page's address
 * (replaced, not pushed), so a link opens the same view and Back from a document returns to it.
 */
export function DocumentListFilters(props: {
  kind: PostedDocumentListKind
  params: DocumentListParams
  onEnter: (typed: string) => void
}) {
  const { kind, params } = props
  const { t } = useI18n()
  const navigate = useNavigate()
  const [search, setSearch] = useState(params.search ?? '')
  // The address changed under us (Back, a link, Clear): the box shows what the list is showing.
  const [shown, setShown] = useState(params.search)
  if (shown !== params.search) {
    setShown(params.search)
    setSearch(params.search ?? '')
  }
  const update = (patch: Partial<DocumentListParams>) =>
    navigate(listRoute(kind, { ...params, ...patch }), { replace: true })

  useEffect(() => {
    if (search === (params.search ?? '')) return
    const timer = window.setTimeout(
      () =>
        navigate(listRoute(kind, { ...params, search: search || undefined }), { replace: true }),
      250,
    )
    return () => window.clearTimeout(timer)
  }, [search, params, kind, navigate])

  return (
    <div className="toolbar filters document-list-filters">
      <ListSearch
        value={search}
        label={t(kind.words.search)}
        onChange={setSearch}
        onEnter={() => props.onEnter(search)}
      />
      <label className="inline-label">
        {t('documentList.status')}
        <select
          value={params.status ?? ''}
          onChange={(event) =>
            update({ status: DOCUMENT_LIST_STATUSES.find((name) => name === event.target.value) })
          }
        >
          <option value="">{t('documentList.anyStatus')}</option>
          {DOCUMENT_LIST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`documentList.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {(['from', 'to'] as const).map((end) => (
        <label key={end} className="inline-label">
          {t(`documentList.${end}`)}
          <input
            type="date"
            value={params[end] ?? ''}
            onChange={(event) => update({ [end]: event.target.value || undefined })}
          />
        </label>
      ))}
      <ContactFilter
        kind={kind}
        value={params.contact}
        onChange={(contact) => update({ contact })}
      />
      <a className="button-link primary-link" href={routeHref({ page: kind.pages.new })}>
        {t(kind.words.new)}
      </a>
    </div>
  )
}

/** The list's address with `params`, one route object per page as the Route union has them. */
function listRoute(kind: PostedDocumentListKind, params: DocumentListParams): Route {
  const page = kind.pages.list
  switch (page) {
    case 'invoices':
      return { ...params, page }
    case 'credit-notes':
      return { ...params, page }
    case 'bills':
      return { ...params, page }
    case 'debit-notes':
      return { ...params, page }
  }
}

/** The filters with no control of their own (from a Home tile), each removable, and Clear. */
export function FilterChips(props: { kind: PostedDocumentListKind; params: DocumentListParams }) {
  const { kind, params } = props
  const { t, format } = useI18n()
  const navigate = useNavigate()
  const update = (patch: Partial<DocumentListParams>) =>
    navigate(listRoute(kind, { ...params, ...patch }), { replace: true })
  const chips = [
    params.dueBy && {
      name: t('documentList.dueBy', { date: format.date(params.dueBy) }),
      clear: { dueBy: undefined },
    },
    params.asOf && {
      name: t('documentList.asOf', { date: format.date(params.asOf) }),
      clear: { asOf: undefined },
    },
  ].filter((chip) => !!chip)
  if (!Object.values(documentListQueryParams(params)).some((value) => !!value)) return null
  return (
    <div className="filter-chips">
      {chips.map((chip) => (
        <button
          key={chip.name}
          type="button"
          className="filter-chip"
          aria-label={t('documentList.removeFilter', { name: chip.name })}
          onClick={() => update(chip.clear)}
        >
          {chip.name} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => navigate({ page: kind.pages.list }, { replace: true })}
      >
        {t('documentList.clear')}
      </button>
    </div>
  )
}

/**
 * "12 invoices · Total 1,234.00 · Due 567.00", in the company's currency; beside unpaid or overdue
 * ones, the credit not yet set against any and what is due net of it, as the ageing shows it.
 */
export function DocumentListSummary(props: {
  kind: PostedDocumentListKind
  page: DocumentListPage | undefined
}) {
  const { t, tn, format } = useI18n()
  const { page } = props
  return (
    <div className="list-summary muted" aria-live="polite">
      {page ? (
        <>
          <span className="list-count">{tn(props.kind.words.count, page.count)}</span>
          <span className="list-total">
            {t('documentList.total', { amount: format.money(page.baseGross) })}
          </span>
          <span className="list-due">
            {t('documentList.due', { amount: format.money(page.baseDue) })}
          </span>
          {page.baseCredit !== 0n ? (
            <>
              <span className="list-credit">
                {t('documentList.credit', { amount: format.money(page.baseCredit) })}
              </span>
              <span className="list-net">
                {t('documentList.net', { amount: format.money(page.baseDue + page.baseCredit) })}
              </span>
            </>
          ) : null}
        </>
      ) : (
        t('app.loading')
      )}
    </div>
  )
}
