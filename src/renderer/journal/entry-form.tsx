import { HeadInput, LineFormActions, LineFormNotice } from '../components/line-grid-form'
import { enterMovesOn, useFormShortcuts } from '../components/use-form-keys'
import { useFormSource } from '../components/use-form-source'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useAccounts, useInvoke, useSession } from '../state/services'
import { EntryLines } from './entry-lines'
import { EntryTotals } from './entry-totals'
import { useEntryForm } from './use-entry-form'

/**
 * A journal entry, keyboard first: Enter moves on (and adds a line at the end), Ctrl+Enter posts,
 * Ctrl+S saves a draft, Ctrl+Delete removes the current line. The difference shows as you type.
 */
export function EntryForm(props: { draftId?: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const accounts = useAccounts((store) => store.accounts) ?? []
  const decimals = useSession((store) => store.session?.company?.decimals ?? 2)
  const rules = { decimals, locale: format.locale, formatMoney: format.money, t }
  const form = useEntryForm(rules)
  const { load, setNotice } = form

  useFormShortcuts({
    post: () => void form.submit('post'),
    saveDraft: () => void form.submit('draft'),
    removeLine: form.removeFocusedLine,
  })

  useFormSource(
    props.draftId,
    (id) => invoke('journal.get', { id }),
    (entry) => {
      if (entry.status === 'draft') load(entry)
      else
        setNotice({ tone: 'error', message: t('entry.notADraft', { number: entry.number ?? '' }) })
    },
    (message) => setNotice({ tone: 'error', message }),
  )

  const { draft, errors, notice } = form
  return (
    <div className="page entry-page" ref={form.rootRef} onKeyDown={enterMovesOn(form.advance)}>
      <LineFormNotice
        notice={notice}
        posted={(ref) => (
          <>
            {t('entry.posted', { number: ref.number })}{' '}
            <a href={routeHref({ page: 'journal-entry', id: ref.id })}>{t('entry.openPosted')}</a>
          </>
        )}
        saved={t('entry.draftSaved')}
      />
      <div className="card entry-card">
        <div className="entry-head">
          {form.draftId ? <span className="badge draft">{t('status.draft')}</span> : null}
          <HeadInput
            form={form}
            field="date"
            date
            required
            label={t('entry.field.date')}
            className="narrow"
          />
          <HeadInput
            form={form}
            field="reference"
            label={t('entry.field.reference')}
            className="narrow"
          />
          <HeadInput form={form} field="memo" label={t('entry.field.memo')} className="grow" />
        </div>
        <EntryLines
          lines={draft.lines}
          accounts={accounts}
          errors={errors}
          onChange={form.changeLine}
          onAmount={form.typeAmount}
          onAmountBlur={form.amountBlur}
          onAdvance={form.advance}
          onRemove={form.removeLine}
          footer={<EntryTotals lines={draft.lines} rules={rules} error={errors.lines} />}
        />
        <LineFormActions
          busy={form.busy}
          post={t('entry.post')}
          saveDraft={t('entry.saveDraft')}
          addLine={t('entry.addLine')}
          clear={t('entry.clear')}
          onPost={() => void form.submit('post')}
          onSaveDraft={() => void form.submit('draft')}
          onAddLine={form.addLine}
          onClear={() => {
            form.reset()
            if (props.draftId) navigate({ page: 'journal-new' }, { replace: true })
          }}
        />
      </div>
      <p className="keyboard-hint muted">{t('entry.keyboardHint')}</p>
    </div>
  )
}
