import { useState } from 'react'
import { today } from '../../../shared/dates'
import { asRpcError } from '../../api/rpc-error'
import { CurrencyScope } from '../currency/currency-amount'
import { DocumentCurrencyFacts } from '../currency/document-currency-facts'
import { EntryFacts } from '../document-detail/entry-facts'
import { CancelOnDate } from '../../components/cancel-on-date'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { StockLinkButton } from '../../stock/stock-link-button'
import { SourceLink } from '../flow/source-link'
import { PrintButton } from '../print/print-button'
import { InvoiceLinesTable } from './invoice-lines-table'
import { paymentStatus } from './payment-status'

/** One invoice: lines, status, what is paid and owed; post, cancel or credit it. */
export function InvoiceDetail(props: { id: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery(props.id, () => invoke('invoices.get', { id: props.id }))
  const [actionError, setActionError] = useState<string | null>(null)

  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  const doc = query.data
  if (!doc || doc.id !== props.id) return <p className="empty">{t('app.loading')}</p>
  const act = async (action: () => Promise<void>) => {
    setActionError(null)
    try {
      await action()
    } catch (caught) {
      setActionError(asRpcError(caught).message)
    }
  }
  const status = paymentStatus(doc, today())

  return (
    <CurrencyScope currency={doc.currency}>
      <div className="page entry-detail invoice-detail">
        <div className="card">
          <div className="detail-head">
            <h2 className="mono">{doc.number ?? t('invoiceDetail.unnumbered')}</h2>
            <span className={`badge pay-${status}`}>{t(`payStatus.${status}`)}</span>
          </div>
          <dl className="detail-facts">
            <dt>{t('invoice.field.customer')}</dt>
            <dd>
              <a href={routeHref({ page: 'contact', id: doc.contactId })}>{doc.contactName}</a>
            </dd>
            <dt>{t('invoice.field.date')}</dt>
            <dd>{format.date(doc.date)}</dd>
            <dt>{t('invoice.field.dueDate')}</dt>
            <dd>{format.date(doc.dueDate)}</dd>
            <dt>{t('invoice.field.reference')}</dt>
            <dd>{doc.reference || '—'}</dd>
            <DocumentCurrencyFacts doc={doc} />
            <EntryFacts
              doc={doc}
              source={
                doc.sourceDocumentId ? (
                  doc.type === 'invoice' ? (
                    <>
                      <dt>{t('invoiceDetail.madeFrom')}</dt>
                      <dd>
                        <SourceLink id={doc.sourceDocumentId} />
                      </dd>
                    </>
                  ) : (
                    <>
                      <dt>{t('invoiceDetail.source')}</dt>
                      <dd>
                        <a href={routeHref({ page: 'invoice', id: doc.sourceDocumentId })}>
                          {t('nav.invoice')}
                        </a>
                      </dd>
                    </>
                  )
                ) : null
              }
            />
          </dl>
          <InvoiceLinesTable doc={doc} />
          {actionError ? <Notice tone="error">{actionError}</Notice> : null}
          <div className="actions">
            {doc.status !== 'draft' ? (
              <PrintButton
                kind={doc.type === 'credit_note' ? 'credit-note' : 'invoice'}
                id={doc.id}
              />
            ) : null}
            {doc.status === 'draft' ? (
              <>
                <a
                  className="button-link primary-link"
                  href={routeHref({ page: 'invoice-new', draft: doc.id })}
                >
                  {t('invoiceDetail.edit')}
                </a>
                <button
                  type="button"
                  onClick={() =>
                    void act(async () => {
                      await invoke('invoices.post', { id: doc.id })
                      query.reload()
                    })
                  }
                >
                  {t('invoiceDetail.post')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void act(async () => {
                      await invoke('invoices.deleteDraft', { id: doc.id })
                      navigate({ page: 'invoices' }, { replace: true })
                    })
                  }
                >
                  {t('invoiceDetail.delete')}
                </button>
              </>
            ) : null}
            {doc.status === 'posted' && doc.type === 'invoice' ? (
              <>
                {doc.outstanding > 0n ? (
                  <a
                    className="button-link primary-link"
                    href={routeHref({ page: 'payment-new', contact: doc.contactId })}
                  >
                    {t('invoiceDetail.receivePayment')}
                  </a>
                ) : null}
                {doc.outstanding > 0n ? (
                  <button
                    type="button"
                    onClick={() =>
                      void act(async () => {
                        await invoke('invoices.applyCredit', { invoiceId: doc.id })
                        query.reload()
                      })
                    }
                  >
                    {t('invoiceDetail.useCredit')}
                  </button>
                ) : null}
                <a
                  className="button-link"
                  href={routeHref({ page: 'credit-note-new', invoice: doc.id })}
                >
                  {t('invoiceDetail.creditNote')}
                </a>
                <CancelOnDate
                  label={t('invoiceDetail.cancel')}
                  confirmLabel={t('invoiceDetail.cancelConfirm')}
                  onConfirm={(date, close) =>
                    void act(async () => {
                      await invoke('invoices.cancel', { id: doc.id, date })
                      close()
                      query.reload()
                    })
                  }
                />
              </>
            ) : null}
            <StockLinkButton
              kind="delivery"
              documentId={doc.id}
              posted={doc.status === 'posted' && doc.type === 'invoice'}
            />
          </div>
        </div>
      </div>
    </CurrencyScope>
  )
}
