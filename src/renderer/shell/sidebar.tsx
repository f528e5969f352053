import { useI18n } from '../i18n/i18n-context'
import { routeHref, type Route } from '../routing/routes'
import { NAV_GROUPS } from './nav-items'

export function Sidebar(props: { route: Route }) {
  const { t } = useI18n()
  return (
    <aside className="sidebar">
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
                const active = item.pages.includes(props.route.page)
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
