import { useEffect, useRef } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { routeHref, type Route } from '../routing/routes'
import { isNavItemActive, NAV_GROUPS } from './nav-items'

export function Sidebar(props: { route: Route }) {
  const { t } = useI18n()
  const aside = useRef<HTMLElement>(null)
  const href = routeHref(props.route)
  // The list is longer than the window: keep the lit item in sight after a jump (Ctrl+K, a link).
  useEffect(() => {
    aside.current?.querySelector('.nav-link.active')?.scrollIntoView?.({ block: 'nearest' })
  }, [href])
  return (
    <aside className="sidebar" ref={aside}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          D
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        {NAV_GROUPS.map((group) => (
          <div className="nav-group" key={group.label}>
            <div className="nav-group-label">{t(group.label)}</div>
            <ul>
              {group.items.map((item) => {
                const active = isNavItemActive(item, props.route)
                return (
                  <li key={item.label}>
                    <a
                      href={routeHref(item.route)}
                      className={active ? 'nav-link active' : 'nav-link'}
                      aria-current={active ? 'page' : undefined}
                    >
                      {t(item.label)}
                    </a>
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </nav>
      <div className="sidebar-foot">{t('shell.paletteHint')}</div>
    </aside>
  )
}
