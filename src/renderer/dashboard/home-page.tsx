import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import type { MessageKey } from '../i18n/translate'
import { routeHref, type Route } from '../routing/routes'
import { useInvoke, useSession } from '../state/services'
import { HomeTiles } from './home-tiles'
import { RecentDocuments } from './recent-documents'
import './dashboard.css'

const QUICK_ACTIONS: readonly { to: Route; label: MessageKey }[] = [
  { to: { page: 'invoice-new' }, label: 'home.action.newInvoice' },
  { to: { page: 'cash-sale' }, label: 'home.action.cashSale' },
  { to: { page: 'bill-new' }, label: 'home.action.newBill' },
  { to: { page: 'stock-receive' }, label: 'home.action.receiveGoods' },
]

/**
 * Where the shop owner lands: today's sales, money in the till and bank, who is late paying,
 * bills coming due, low stock and drafts waiting, each a link to the screen that explains it;
 * the day's first jobs one click away; the latest posted documents below.
 */
export function HomePage() {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const query = useQuery(`${companyPath}|home`, () => invoke('dashboard.get', {}))
  const data = query.data
  return (
    <div className="page home-page">
      <div className="home-head">
        <nav className="home-actions" aria-label={t('home.actions')}>
          {QUICK_ACTIONS.map((action, index) => (
            <a
              key={action.label}
              className={index === 0 ? 'button-link primary-link' : 'button-link'}
              href={routeHref(action.to)}
            >
              {t(action.label)}
            </a>
          ))}
        </nav>
        {data ? (
          <span className="muted">{t('home.asOf', { date: format.date(data.today) })}</span>
        ) : null}
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {data ? (
        <>
          <section aria-label={t('home.figures')}>
            <HomeTiles data={data} />
          </section>
          <RecentDocuments documents={data.recent} />
        </>
      ) : query.error ? null : (
        <p className="muted">{t('app.loading')}</p>
      )}
    </div>
  )
}
