import { useState } from 'react'
import { today } from '../../shared/dates'
import { asRpcError } from '../api/rpc-error'
import { CancelOnDate } from '../components/cancel-on-date'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { paymentStatus } from '../sales/invoices/payment-status'
import { CurrencyScope } from '../sales/currency/currency-amount'
import { DocumentCurrencyFacts } from '../sales/currency/document-currency-facts'
import { EntryFacts } from '../sales/document-detail/entry-facts'
import { BillLinesTable } from './bill-lines-table'
import { StockLinkButton } from '../stock/stock-link-button'

/** One bill or debit note: lines, status, what is still owed; post, pay, cancel or debit it. */
export function BillDetail(props: { id: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery(props.id, () => invoke('bills.get', { id: props.id }))
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
  const isBill = doc.type === 'bill'

  return (
    <CurrencyScope currency={doc.currency}>
      <div className="page entry-detail invoice-detail bill-detail">
        <div className="card">
          <div className="detail-head">
            <h2 className="mono">{doc.number ?? t('invoiceDetail.unnumbered')}</h2>
            <span className={`badge pay-${status}`}>{t(`payStatus.${status}`)}</span>
          </div>
          <dl className="detail-facts">
            <dt>{t('bill.field.supplier')}</dt>
            <dd>
              <a href={routeHref({ page: 'supplier', id: doc.contactId })}>{doc.contactName}</a>
            </dd>
            <dt>{t('bill.field.reference')}</dt>
            <dd className="mono">{doc.reference || '—'}</dd>
            <dt>{t('invoice.field.date')}</dt>
            <dd>{format.date(doc.date)}</dd>
            <dt>{t('invoice.field.dueDate')}</dt>
            <dd>{format.date(doc.dueDate)}</dd>
            <DocumentCurrencyFacts doc={doc} />
            <EntryFacts
              doc={doc}
              source={
                doc.sourceDocumentId ? (
                  <>
                    <dt>{t('invoiceDetail.source')}</dt>
                    <dd>
                      <a href={routeHref({ page: 'bill', id: doc.sourceDocumentId })}>
                        {t('nav.bill')}
                      </a>
                    </dd>
                  </>
                ) : null
              }
            />
          </dl>
          <BillLinesTable doc={doc} />
          {actionError ? <Notice tone="error">{actionError}</Notice> : null}
          <div className="actions">
            {doc.status === 'draft' && isBill ? (
              <>
                <a
                  className="button-link primary-link"
                  href={routeHref({ page: 'bill-new', draft: doc.id })}
                >
                  {t('billDetail.edit')}
                </a>
                <button
                  type="button"
                  onClick={() =>
                    void act(async () => {
                      await invoke('bills.post', { id: doc.id })
                      query.reload()
                    })
                  }
                >
                  {t('billDetail.post')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void act(async () => {
                      await invoke('bills.deleteDraft', { id: doc.id })
                      navigate({ page: 'bills' }, { replace: true })
                    })
                  }
                >
                  {t('billDetail.deleteDraft')}
                </button>
              </>
            ) : null}
            {doc.status === 'posted' && isBill ? (
              <>
                {doc.outstanding > 0n ? (
                  <a
                    className="button-link primary-link"
                    href={routeHref({ page: 'supplier-payment-new', contact: doc.contactId })}
                  >
                    {t('billDetail.pay')}
                  </a>
                ) : null}
                {doc.outstanding > 0n ? (
                  <button
                    type="button"
                    onClick={() =>
                      void act(async () => {
                        await invoke('bills.applyCredit', { billId: doc.id })
                        query.reload()
                      })
                    }
                  >
                    {t('billDetail.useCredit')}
                  </button>
                ) : null}
                <a
                  className="button-link"
                  href={routeHref({ page: 'debit-note-new', bill: doc.id })}
                >
                  {t('billDetail.debitNote')}
                </a>
                <CancelOnDate
                  label={t('billDetail.cancel')}
                  confirmLabel={t('billDetail.cancel')}
                  onConfirm={(date, close) =>
                    void act(async () => {
                      await invoke('bills.cancel', { id: doc.id, date })
                      close()
                      query.reload()
                    })
                  }
                />
              </>
            ) : null}
            <StockLinkButton
              kind="receipt"
              documentId={doc.id}
              posted={doc.status === 'posted' && isBill}
            />
          </div>
        </div>
      </div>
    </CurrencyScope>
  )
}
