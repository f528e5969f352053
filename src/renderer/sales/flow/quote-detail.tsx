import type { Quote } from '../../../shared/domain/sales-flow'
import {
  ActionButton,
  ActionError,
  useEngineAction,
  type EngineAction,
} from '../../components/action-button'
import { RecordPage } from '../../components/record-page'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { PrintButton } from '../print/print-button'
import { FlowDetailCard } from './flow-detail-card'
import { FlowLines } from './flow-lines'

/** One quote: issue a draft, then accept it into an order or an invoice, or decline it. */
export function QuoteDetail(props: { id: string }) {
  const invoke = useInvoke()
  const query = useQuery(props.id, () => invoke('quotes.get', { id: props.id }))
  const action = useEngineAction()
  return (
    <RecordPage query={query} id={props.id}>
      {(quote) => (
        <FlowDetailCard doc={quote} className="quote-detail" unnumbered="quote.unnumbered">
          <FlowLines doc={quote} />
          <AcceptedInto quote={quote} />
          <ActionError action={action} />
          <QuoteActions quote={quote} action={action} reload={query.reload} />
        </FlowDetailCard>
      )}
    </RecordPage>
  )
}

function AcceptedInto(props: { quote: Quote }) {
  const { t } = useI18n()
  const into = props.quote.acceptedInto
  if (!into) return null
  return (
    <p>
      {t('quote.acceptedInto')}{' '}
      <a
        href={routeHref(
          into.type === 'invoice'
            ? { page: 'invoice', id: into.id }
            : { page: 'sales-order', id: into.id },
        )}
      >
        {into.number ?? into.id}
      </a>
    </p>
  )
}

function QuoteActions(props: { quote: Quote; action: EngineAction; reload: () => void }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { quote, action } = props
  const id = quote.id
  return (
    <div className="actions">
      {quote.flowStatus === 'draft' ? (
        <>
          <a className="button-link" href={routeHref({ page: 'quote-new', draft: id })}>
            {t('quote.edit')}
          </a>
          <ActionButton
            action={action}
            className="primary"
            run={() => invoke('quotes.issue', { id })}
            onDone={props.reload}
          >
            {t('quote.issue')}
          </ActionButton>
          <ActionButton
            action={action}
            className="danger"
            run={() => invoke('quotes.deleteDraft', { id })}
            onDone={() => navigate({ page: 'quotes' }, { replace: true })}
          >
            {t('quote.delete')}
          </ActionButton>
        </>
      ) : (
        <PrintButton kind="quote" id={id} />
      )}
      {quote.flowStatus === 'issued' ? (
        <>
          <ActionButton
            action={action}
            className="primary"
            run={() => invoke('quotes.acceptIntoInvoice', { id })}
            onDone={(invoice) => navigate({ page: 'invoice', id: invoice.id })}
          >
            {t('quote.toInvoice')}
          </ActionButton>
          <ActionButton
            action={action}
            run={() => invoke('quotes.acceptIntoOrder', { id })}
            onDone={(order) => navigate({ page: 'sales-order', id: order.id })}
          >
            {t('quote.toOrder')}
          </ActionButton>
          <ActionButton
            action={action}
            className="danger"
            run={() => invoke('quotes.decline', { id })}
            onDone={props.reload}
          >
            {t('quote.decline')}
          </ActionButton>
        </>
      ) : null}
    </div>
  )
}
