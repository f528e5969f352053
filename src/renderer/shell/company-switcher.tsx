import { useEffect, useRef, useState, type FormEvent } from 'react'
import { asRpcError } from '../api/rpc-error'
import { useI18n } from '../i18n/i18n-context'
import { HOME } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke, useServices, useSession } from '../state/services'

/** The open company's name; a menu to switch to a recent one, open a file, create one, or close. */
export function CompanySwitcher() {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const sessionStore = useServices().session
  const session = useSession((store) => store.session)
  const [open, setOpen] = useState(false)
  const [path, setPath] = useState('')
  const [error, setError] = useState<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    window.addEventListener('pointerdown', onPointer)
    return () => window.removeEventListener('pointerdown', onPointer)
  }, [open])

  const company = session?.company
  if (!company) return null
  const recent = (session.recent ?? []).filter((item) => item.path !== company.path)

  const run = async (action: () => Promise<void>) => {
    setError(null)
    try {
      await action()
      setOpen(false)
      setPath('')
    } catch (caught) {
      setError(asRpcError(caught).message)
    }
  }
  const openPath = (target: string) =>
    run(async () => {
      sessionStore.getState().apply(await invoke('company.open', { path: target }))
      navigate(HOME)
    })
  const onOpenFile = (event: FormEvent) => {
    event.preventDefault()
    if (path.trim()) void openPath(path.trim())
  }

  return (
    <div
      className="company-switcher"
      ref={rootRef}
      onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
    >
      <button
        type="button"
        className="company-button"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="company-name">{company.name}</span>
        <span className="company-currency">{company.currency}</span>
      </button>
      {open ? (
        <div className="company-menu" role="menu" aria-label={t('company.menu')}>
          <div className="menu-section-label">{t('company.recent')}</div>
          {recent.length === 0 ? <div className="menu-empty">{t('company.noRecent')}</div> : null}
          {recent.map((item) => (
            <button
              type="button"
              role="menuitem"
              key={item.path}
              className="menu-item"
              title={item.path}
              onClick={() => void openPath(item.path)}
            >
              <span>{item.name}</span>
              <span className="menu-item-path">{item.path}</span>
            </button>
          ))}
          <form className="menu-open-file" onSubmit={onOpenFile}>
            <label className="menu-section-label" htmlFor="switcher-path">
              {t('company.openByPath')}
            </label>
            <div className="inline-row">
              <input
                id="switcher-path"
                value={path}
                placeholder={t('company.pathPlaceholder')}
                onChange={(event) => setPath(event.target.value)}
              />
              <button type="submit">{t('company.open')}</button>
            </div>
            {error ? <div className="field-error">{error}</div> : null}
          </form>
          <div className="menu-divider" />
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={() => {
              setOpen(false)
              navigate({ page: 'new-company' })
            }}
          >
            {t('company.new')}
          </button>
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={() =>
              void run(async () => {
                sessionStore.getState().apply(await invoke('company.close', {}))
              })
            }
          >
            {t('company.close')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
