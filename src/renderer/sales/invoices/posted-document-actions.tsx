import type { SalesDocument } from '../../../shared/domain/sales'
import { ActionButton, type EngineAction } from '../../components/action-button'
import { CancelOnDate } from '../../components/cancel-on-date'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { StockLinkButton } from '../../stock/stock-link-button'
import type { PostedDocumentKind } from './posted-document-detail'

/**
 * An invoice's or bill's buttons: a draft is edited, posted or deleted; a posted one is paid,
 * settled from credit, credited (or debited) or cancelled on a date; either links to its stock.
 */
export function PostedDocumentActions(props: {
  kind: PostedDocumentKind
  doc: SalesDocument
  action: EngineAction
  reload: () => void
}) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { kind, doc, action } = props
  const { calls, pages, words } = kind
  const draft = doc.status === 'draft' && kind.drafts.includes(doc.type)
  const posted = doc.status === 'posted' && doc.type === kind.main
  const owed = doc.outstanding > 0n

  return (
    <div className="actions">
      {kind.extraActions?.(doc)}
      {draft ? (
        <>
          <a
            className="button-link primary-link"
            href={routeHref({ page: pages.edit, draft: doc.id })}
          >
            {t(words.edit)}
          </a>
          <ActionButton
            action={action}
            run={() => invoke(calls.post, { id: doc.id })}
            onDone={props.reload}
          >
            {t(words.post)}
          </ActionButton>
          <ActionButton
            action={action}
            className="danger"
            run={() => invoke(calls.deleteDraft, { id: doc.id })}
            onDone={() => navigate({ page: pages.list }, { replace: true })}
          >
            {t(words.delete)}
          </ActionButton>
        </>
      ) : null}
      {posted ? (
        <>
          {owed ? (
            <a
              className="button-link primary-link"
              href={routeHref({ page: pages.pay, contact: doc.contactId })}
            >
              {t(words.pay)}
            </a>
          ) : null}
          {owed ? (
            <ActionButton
              action={action}
              run={() => calls.applyCredit(invoke, doc.id)}
              onDone={props.reload}
            >
              {t(words.useCredit)}
            </ActionButton>
          ) : null}
          <a className="button-link" href={routeHref(pages.note(doc.id))}>
            {t(words.note)}
          </a>
          <CancelOnDate
            label={t(words.cancel)}
            confirmLabel={t(words.cancelConfirm)}
            onConfirm={(date, close) =>
              void action.act(async () => {
                await invoke(calls.cancel, { id: doc.id, date })
                close()
                props.reload()
              })
            }
          />
        </>
      ) : null}
      <StockLinkButton kind={kind.stock} documentId={doc.id} posted={posted} />
    </div>
  )
}
