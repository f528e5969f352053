import { useId } from 'react'
import { Amount } from '../../components/amount'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { routeHref } from '../../routing/routes'

/** The invoices made from a sales order (or the bills from a purchase order), each a link. */
export function OrderDocuments(props: {
  title: MessageKey
  page: 'invoice' | 'bill'
  documents: readonly { id: string; number: string | null; gross: bigint }[]
}) {
  const { t } = useI18n()
  const headingId = useId()
  if (props.documents.length === 0) return null
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t(props.title)}</h3>
      <ul className="plain-list">
        {props.documents.map((doc) => (
          <li key={doc.id}>
            <a className="mono" href={routeHref({ page: props.page, id: doc.id })}>
              {doc.number ?? doc.id}
            </a>{' '}
            <Amount value={doc.gross} />
          </li>
        ))}
      </ul>
    </section>
  )
}
