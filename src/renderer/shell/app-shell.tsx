import { useEffect, useLayoutEffect, useState } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { useRoute } from '../routing/use-route'
import { useServices, useSession } from '../state/services'
import { CompanySwitcher } from './company-switcher'
import { pageTitle } from './nav-items'
import { PageView } from './page-view'
import { Palette } from './palette'
import { Sidebar } from './sidebar'

/** The frame around every screen once a company is open: sidebar, header, the page. */
export function AppShell(props: { companyPath: string }) {
  const { t } = useI18n()
  const route = useRoute()
  const { accounts, sales } = useServices()
  const companyName = useSession((store) => store.session?.company?.name ?? '')
  const [paletteOpen, setPaletteOpen] = useState(false)

  // A layout effect: it empties the stores before any page's own effect loads them; after a
  // page's load began, clearing would drop its answer and leave the page without contacts.
  useLayoutEffect(() => {
    const store = accounts.getState()
    store.clear()
    store.load().catch(() => undefined)
    sales.getState().clear()
  }, [accounts, sales, props.companyPath])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setPaletteOpen((open) => !open)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const title = t(pageTitle(route))
  useEffect(() => {
    document.title = `${title} · ${companyName} · ${t('app.name')}`
  }, [title, companyName, t])

  return (
    <div className="app">
      <Sidebar route={route} />
      <div className="main">
        <header className="topbar">
          <h1 className="page-title">{title}</h1>
          <button type="button" className="goto-button" onClick={() => setPaletteOpen(true)}>
            <span>{t('palette.open')}</span>
            <kbd>Ctrl+K</kbd>
          </button>
          <CompanySwitcher />
        </header>
        <main className="content">
          <PageView route={route} />
        </main>
      </div>
      {paletteOpen ? <Palette onClose={() => setPaletteOpen(false)} /> : null}
    </div>
  )
}
