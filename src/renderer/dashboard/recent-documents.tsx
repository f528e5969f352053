import type { RecentDocument } from '../../shared/domain/dashboard'
import { useI18n } from '../i18n/i18n-context'
import { routeHref, type Route } from '../routing/routes'

/** Where a posted document opens: its sales, purchase or stock page. */
function documentRoute(doc: RecentDocument): Route {
  switch (doc.kind) {
    case 'invoice':
    case 'credit_note':
      return { page: 'invoice', id: doc.id }
    case 'bill':
    case 'debit_note':
      return { page: 'bill', id: doc.id }
    default:
      return { page: 'stock-doc', id: doc.id }
  }
}

/** The latest posted documents, newest first; each number opens the document. */
export function RecentDocuments(props: { documents: readonly RecentDocument[] }) {
  const { t, format } = useI18n()
  return (
    <section className="card home-recent" aria-labelledby="home-recent-title">
      <h2 id="home-recent-title">{t('home.recent')}</h2>
      {props.documents.length === 0 ? (
        <p className="muted">{t('home.noRecent')}</p>
      ) : (
        <table className="grid report-table" aria-labelledby="home-recent-title">
          <thead>
            <tr>
              <th scope="col">{t('home.col.number')}</th>
              <th scope="col">{t('home.col.kind')}</th>
              <th scope="col">{t('home.col.date')}</th>
              <th scope="col">{t('home.col.contact')}</th>
              <th scope="col" className="end">
                {t('home.col.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.documents.map((doc) => (
              <tr key={doc.id}>
                <td className="mono">
                  <a href={routeHref(documentRoute(doc))}>{doc.number}</a>
                </td>
                <td>{t(`home.kind.${doc.kind}`)}</td>
                <td>{format.date(doc.date)}</td>
                <td className="ellipsis">{doc.contactName}</td>
                <td className="end">{doc.amount === null ? '' : format.money(doc.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
