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
  const { t } = useI18n()
  const navigate = useNavigate()
  const { kind } = props
  const info = IMPORT_KINDS[kind]
  const state = useImport(kind)
  const { checked, imported } = state

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

      <div className="import-result" aria-live="polite">
        {state.error ? <Notice tone="error">{state.error}</Notice> : null}
        {checked && checked.result.problems.length > 0 ? (
          <ImportProblems problems={checked.result.problems} />
        ) : null}
        {checked && checked.result.problems.length === 0 ? (
          <Notice tone="info">
            {t(info.clean, { rows: checked.result.rows, count: checked.result.created })}
          </Notice>
        ) : null}
        <ImportWarnings warnings={(imported ?? checked?.result)?.warnings} />
        {imported ? (
          <Notice tone="success">
            {t(info.done, { count: imported.created })}{' '}
            {info.opens ? (
              <a href={routeHref(info.opens)}>{t('import.openImported')}</a>
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
