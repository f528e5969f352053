import { useState } from 'react'
import { asRpcError } from '../../api/rpc-error'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { PrintButton } from '../print/print-button'
import { FlowFacts, FlowLines } from './flow-lines'

/** One quote: issue a draft, then accept it into an order or an invoice, or decline it. */
export function QuoteDetail(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery(props.id, () => invoke('quotes.get', { id: props.id }))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  const quote = query.data
  if (!quote || quote.id !== props.id) return <p className="empty">{t('app.loading')}</p>
  const act = async (action: () => Promise<void>) => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (caught) {
      setError(asRpcError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  const into = quote.acceptedInto

  return (
    <div className="page entry-detail quote-detail">
      <div className="card">
        <div className="detail-head">
          <h2 className="mono">{quote.number ?? t('quote.unnumbered')}</h2>
          <span className={`badge flow-${quote.flowStatus}`} data-testid="flow-status">
            {t(`salesFlow.status.${quote.flowStatus}`)}
          </span>
        </div>
        <FlowFacts doc={quote} href={routeHref({ page: 'contact', id: quote.contactId })} />
        <FlowLines doc={quote} />
        {into ? (
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
        ) : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
        <div className="actions">
          {quote.flowStatus === 'draft' ? (
            <>
              <a className="button-link" href={routeHref({ page: 'quote-new', draft: quote.id })}>
                {t('quote.edit')}
              </a>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    await invoke('quotes.issue', { id: quote.id })
                    query.reload()
                  })
                }
              >
                {t('quote.issue')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    await invoke('quotes.deleteDraft', { id: quote.id })
                    navigate({ page: 'quotes' }, { replace: true })
                  })
                }
              >
                {t('quote.delete')}
              </button>
            </>
          ) : (
            <PrintButton kind="quote" id={quote.id} />
          )}
          {quote.flowStatus === 'issued' ? (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    const ref = await invoke('quotes.acceptIntoInvoice', { id: quote.id })
                    navigate({ page: 'invoice', id: ref.id })
                  })
                }
              >
                {t('quote.toInvoice')}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    const order = await invoke('quotes.acceptIntoOrder', { id: quote.id })
                    navigate({ page: 'sales-order', id: order.id })
                  })
                }
              >
                {t('quote.toOrder')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    await invoke('quotes.decline', { id: quote.id })
                    query.reload()
                  })
                }
              >
                {t('quote.decline')}
              </button>
            </>
          ) : null}
        </div>
      </div>
    </div>
  )
}
