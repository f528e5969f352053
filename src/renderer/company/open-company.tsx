import { useState, type FormEvent } from 'react'
import type { RecentCompany } from '../../shared/domain/company'
import { asRpcError } from '../api/rpc-error'
import { Field } from '../components/field'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke, useServices } from '../state/services'

/** Reopen a recent company with one click, or any company file by its path. */
export function OpenCompany(props: { recent: RecentCompany[]; onOpened: () => void }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const session = useServices().session
  const [path, setPath] = useState('')
  const [error, setError] = useState<{ path: string; message: string } | null>(null)

  const open = async (target: string) => {
    setError(null)
    try {
      session.getState().apply(await invoke('company.open', { path: target }))
      props.onOpened()
    } catch (caught) {
      setError({ path: target, message: asRpcError(caught).message })
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!path.trim()) setError({ path: '', message: t('wizard.error.pathRequired') })
    else void open(path.trim())
  }
  const recentError = error && error.path !== path.trim() ? error : null

  return (
    <section className="card">
      <h2>{t('wizard.open.title')}</h2>
      {props.recent.length > 0 ? (
        <ul className="recent-list" aria-label={t('company.recent')}>
          {props.recent.map((item) => (
            <li key={item.path}>
              <button type="button" className="recent-item" onClick={() => void open(item.path)}>
                <span className="recent-name">{item.name}</span>
                <span className="recent-path" dir="ltr">
                  {item.path}
                </span>
                <span className="recent-date">
                  {t('wizard.openedAt', { date: format.date(item.openedAt.slice(0, 10)) })}
                </span>
              </button>
              {recentError?.path === item.path ? (
                <div className="field-error">{recentError.message}</div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('wizard.open.none')}</p>
      )}
      <form onSubmit={onSubmit} className="open-by-path">
        <Field
          label={t('company.openByPath')}
          error={error && error.path === path.trim() ? error.message : null}
        >
          <input
            value={path}
            dir="ltr"
            placeholder={t('company.pathPlaceholder')}
            onChange={(event) => setPath(event.target.value)}
          />
        </Field>
        <button type="submit">{t('company.open')}</button>
      </form>
    </section>
  )
}
