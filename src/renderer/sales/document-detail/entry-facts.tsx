import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'

/**
 * A document's memo, the journal entry it posted and the one that cancelled it, each only when
 * there is one (a <dl>'s terms).
 */
export function EntryFacts(props: {
  doc: { memo: string; journalEntryId: string | null; cancelEntryId: string | null }
  /** Between the memo and the entries: what the document was made from. */
  source?: ReactNode
}) {
  const { t } = useI18n()
  const { doc } = props
  const entry = (id: string) => (
    <dd>
      <a href={routeHref({ page: 'journal-entry', id })}>{t('entry.openPosted')}</a>
    </dd>
  )
  return (
    <>
      {doc.memo ? (
        <>
          <dt>{t('invoice.field.memo')}</dt>
          <dd>{doc.memo}</dd>
        </>
      ) : null}
      {props.source}
      {doc.journalEntryId ? (
        <>
          <dt>{t('invoiceDetail.journal')}</dt>
          {entry(doc.journalEntryId)}
        </>
      ) : null}
      {doc.cancelEntryId ? (
        <>
          <dt>{t('invoiceDetail.cancelEntry')}</dt>
          {entry(doc.cancelEntryId)}
        </>
      ) : null}
    </>
  )
}
