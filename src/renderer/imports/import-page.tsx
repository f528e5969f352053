import { useEffect, useRef } from 'react'
import type { ImportResult } from '../../shared/domain/imports'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import { routeHref, type ImportKind } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { ImportHelp } from './import-help'
import { IMPORT_KIND_ORDER, IMPORT_KINDS } from './import-kinds'
import { ImportProblems } from './import-problems'
import { ImportSource } from './import-source'
import { ImportWarnings } from './import-warnings'
import { useImport } from './use-import'

/**
 * CSV import, all or nothing: pick what to import, give a file or paste text, check it (a dry
 * run that lists every bad line), then import exactly what was checked.
 */
export function ImportPage(props: { kind: ImportKind }) {
  const { t, format } = useI18n()
  const navigate = useNavigate()
  const { kind } = props
  const info = IMPORT_KINDS[kind]
  const state = useImport(kind)
  const { checked, imported } = state
  // What was (or would be) created, and for opening stock the moves and their value.
  const counts = (answer: ImportResult) => ({
    count: format.number(answer.created),
    moves: format.number(answer.stock?.moves ?? 0),
    value: format.money(answer.stock?.value ?? 0n),
  })
  const result = useRef<HTMLDivElement>(null)
  const importButton = useRef<HTMLButtonElement>(null)
  const seen = useRef<unknown[]>([])
  // A new answer can land below the fold: bring it into sight, and give the keyboard back the
  // focus the busy (disabled) button dropped: Import after a clean check, else the answer's first
  // link, else the text to fix. Typing after an answer changes nothing here.
  const answer = [checked, imported, state.error]
  useEffect(() => {
    const fresh = answer.some((part, index) => part && part !== seen.current[index])
    seen.current = answer.map((part, index) => part ?? seen.current[index])
    if (!fresh) return
    result.current?.scrollIntoView?.({ block: 'nearest' })
    if (document.activeElement !== document.body) return
    const next = state.canImport
      ? importButton.current
      : (result.current?.querySelector('a') ?? document.querySelector('.import-card textarea'))
    if (next instanceof HTMLElement) next.focus()
  })

  return (
    <div className="page import-page">
      <div className="import-layout">
        <div className="card import-card">
          <fieldset className="field choice import-kind">
            <legend>{t('import.kind')}</legend>
            {IMPORT_KIND_ORDER.map((item) => (
              <label key={item}>
                <input
                  type="radio"
                  name="import-kind"
                  checked={item === kind}
                  onChange={() => navigate({ page: 'import', kind: item }, { replace: true })}
                />
                {t(IMPORT_KINDS[item].label)}
              </label>
            ))}
          </fieldset>
          <ImportSource
            text={state.text}
            fileName={state.fileName}
            onText={state.setText}
            onFileError={state.setError}
            onCheck={() => void state.check()}
          />
          <div className="actions">
            <button
              type="button"
              className={state.canImport ? undefined : 'primary'}
              disabled={state.busy || state.text.trim() === ''}
              onClick={() => void state.check()}
            >
              {state.busy ? t('import.running') : t('import.check')}
            </button>
            <button
              ref={importButton}
              type="button"
              className={state.canImport ? 'primary' : undefined}
              disabled={!state.canImport}
              onClick={() => void state.importNow()}
            >
              {t('import.run')}
            </button>
            {state.canImport ? null : (
              <span className="muted import-hint">{t('import.needsCheck')}</span>
            )}
          </div>
          <p className="keyboard-hint muted">{t('import.keyboardHint')}</p>
        </div>
        <ImportHelp info={info} onExample={(text) => state.setText(text, null)} />
      </div>

      <div className="import-result" aria-live="polite" ref={result}>
        {state.error ? <Notice tone="error">{state.error}</Notice> : null}
        {checked && checked.result.problems.length > 0 ? (
          <ImportProblems problems={checked.result.problems} />
        ) : null}
        {checked && checked.result.problems.length === 0 ? (
          <Notice tone="info">
            {t(info.clean, {
              rows: format.number(checked.result.rows),
              ...counts(checked.result),
            })}
          </Notice>
        ) : null}
        <ImportWarnings warnings={(imported ?? checked?.result)?.warnings} />
        {imported ? (
          <Notice tone="success">
            {t(info.done, counts(imported))}{' '}
            {info.opens ? (
              <a href={routeHref(info.opens)}>{t(info.openLabel ?? 'import.openImported')}</a>
            ) : kind === 'journal' ? (
              <>
                <a href={routeHref({ page: 'journal-list' })}>{t('import.openJournal')}</a>
                {' · '}
                <a href={routeHref({ page: 'trial-balance' })}>{t('import.openTrialBalance')}</a>
              </>
            ) : (
              <a href={routeHref({ page: 'accounts' })}>{t('import.openAccounts')}</a>
            )}
          </Notice>
        ) : null}
      </div>
    </div>
  )
}
