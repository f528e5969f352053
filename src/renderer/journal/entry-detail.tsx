import { useState } from 'react'
import { today } from '../../shared/dates'
import type { JournalEntry } from '../../shared/domain/ledger'
import { asRpcError } from '../api/rpc-error'
import { Amount } from '../components/amount'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import type { MessageKey, Translate } from '../i18n/translate'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { EntryLinks } from './entry-links'

/** One entry: its lines and status; Reverse for a posted one, Edit/Post/Delete for a draft. */
export function EntryDetail(props: { id: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery(props.id, () => invoke('journal.get', { id: props.id }))
  const [actionError, setActionError] = useState<string | null>(null)
  const [reverseDate, setReverseDate] = useState<string | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)

  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  const entry = query.data
  if (!entry || entry.id !== props.id) return <p className="empty">{t('app.loading')}</p>

  const act = async (action: () => Promise<void>) => {
    setActionError(null)
    try {
      await action()
    } catch (caught) {
      setActionError(asRpcError(caught).message)
    }
  }
  const post = () =>
    act(async () => {
      const ref = await invoke('journal.post', { ...entryInputOf(entry), draftId: entry.id })
      query.reload()
      navigate({ page: 'journal-entry', id: ref.id }, { replace: true })
    })
  const reverse = (date: string) =>
    act(async () => {
      const ref = await invoke('journal.reverse', { id: entry.id, date })
      navigate({ page: 'journal-entry', id: ref.id })
    })
  const remove = () =>
    act(async () => {
      await invoke('journal.deleteDraft', { id: entry.id })
      navigate({ page: 'journal-list' }, { replace: true })
    })

  const debit = entry.lines.reduce((sum, line) => sum + line.debit, 0n)
  const credit = entry.lines.reduce((sum, line) => sum + line.credit, 0n)
  const canReverse = entry.status === 'posted' && !entry.reversedById && !entry.reversesId
  return (
    <div className="page entry-detail">
      <div className="card">
        <div className="detail-head">
          <h2 className="mono">{entry.number ?? t('entry.detail.unnumbered')}</h2>
          <span className={`badge ${entry.status}`}>{t(`status.${entry.status}`)}</span>
          {entry.reversedById ? (
            <span className="badge reversed">{t('entry.reversed')}</span>
          ) : null}
        </div>
        <dl className="detail-facts">
          <dt>{t('entry.field.date')}</dt>
          <dd>{format.date(entry.date)}</dd>
          <dt>{t('entry.field.reference')}</dt>
          <dd>{entry.reference || '—'}</dd>
          <dt>{t('entry.field.memo')}</dt>
          <dd>{entry.memo || '—'}</dd>
          <dt>{t('entry.detail.source')}</dt>
          <dd>{sourceLabel(entry.source, t)}</dd>
        </dl>
        <EntryLinks entry={entry} />
        <table className="grid detail-lines">
          <thead>
            <tr>
              <th>{t('entry.col.account')}</th>
              <th>{t('entry.col.memo')}</th>
              <th className="end">{t('entry.col.debit')}</th>
              <th className="end">{t('entry.col.credit')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.lines.map((line) => (
              <tr key={line.lineNo}>
                <td>
                  <a
                    href={routeHref({
                      page: 'general-ledger',
                      account: line.accountId,
                      from: entry.date,
                      to: entry.date,
                    })}
                  >
                    <span className="mono">{line.accountCode}</span> {line.accountName}
                  </a>
                </td>
                <td>{line.memo}</td>
                <td className="end">
                  <Amount value={line.debit} blankZero />
                </td>
                <td className="end">
                  <Amount value={line.credit} blankZero />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={2}>{t('entry.totals')}</td>
              <td className="end">
                <Amount value={debit} />
              </td>
              <td className="end">
                <Amount value={credit} />
              </td>
            </tr>
          </tfoot>
        </table>
        {actionError ? <div className="field-error form-error">{actionError}</div> : null}
        <div className="actions">
          {canReverse && reverseDate === null ? (
            <button type="button" onClick={() => setReverseDate(maxDate(today(), entry.date))}>
              {t('entry.reverse')}
            </button>
          ) : null}
          {canReverse && reverseDate !== null ? (
            <form
              className="inline-row"
              onSubmit={(event) => {
                event.preventDefault()
                void reverse(reverseDate)
              }}
            >
              <label className="inline-label">
                {t('entry.reverseOn')}
                <input
                  type="date"
                  autoFocus
                  value={reverseDate}
                  onChange={(event) => setReverseDate(event.target.value)}
                />
              </label>
              <button type="submit" className="primary">
                {t('entry.reverseConfirm')}
              </button>
              <button type="button" className="quiet" onClick={() => setReverseDate(null)}>
                {t('action.cancel')}
              </button>
            </form>
          ) : null}
          {entry.status === 'draft' ? (
            <>
              <button type="button" className="primary" onClick={() => void post()}>
                {t('entry.post')}
              </button>
              <a className="button-link" href={routeHref({ page: 'journal-new', draft: entry.id })}>
                {t('action.edit')}
              </a>
              {confirmDelete ? (
                <>
                  <span>{t('entry.deleteConfirm')}</span>
                  <button type="button" className="danger" onClick={() => void remove()}>
                    {t('action.delete')}
                  </button>
                  <button type="button" className="quiet" onClick={() => setConfirmDelete(false)}>
                    {t('action.cancel')}
                  </button>
                </>
              ) : (
                <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
                  {t('action.delete')}
                </button>
              )}
            </>
          ) : null}
        </div>
      </div>
    </div>
  )
}

function entryInputOf(entry: JournalEntry) {
  return {
    date: entry.date,
    reference: entry.reference,
    memo: entry.memo,
    lines: entry.lines.map((line) => ({
      accountId: line.accountId,
      debit: line.debit,
      credit: line.credit,
      memo: line.memo,
    })),
  }
}

const SOURCES: Record<string, MessageKey> = {
  manual: 'source.manual',
  import: 'source.import',
  reversal: 'source.reversal',
  demo: 'source.demo',
}

/** The engine names where an entry came from; a source this build does not know shows as is. */
function sourceLabel(source: string, t: Translate): string {
  const key = SOURCES[source]
  return key ? t(key) : source
}

const maxDate = (a: string, b: string) => (a > b ? a : b)
