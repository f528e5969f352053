import { useState } from 'react'
import type { StockDocument } from '../../shared/domain/inventory'
import { asRpcError } from '../api/rpc-error'
import { Amount } from '../components/amount'
import { CancelOnDate } from '../components/cancel-on-date'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useWarehouses } from '../inventory/use-inventory'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { StockDocumentLines } from './stock-document-lines'
import { STATUS_WORDS, TYPE_WORDS } from './stock-document-list'
import { useStockLevels } from './use-stock-levels'

/** One stock document: its facts, lines and value, stock on hand now; cancel or delete a draft. */
export function StockDocumentPage(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`stock-document|${props.id}`, () =>
    invoke('stockDocuments.get', { id: props.id }),
  )
  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  if (!query.data) return <p className="muted">{t('stock.loading')}</p>
  return <Detail document={query.data} onChanged={query.reload} />
}

function Detail(props: { document: StockDocument; onChanged: () => void }) {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const document = props.document
  const [error, setError] = useState<string | null>(null)
  const levels = useStockLevels(
    document.lines.map((line) => ({ productId: line.productId })),
    document.toWarehouseId ?? document.warehouseId,
  )
  const title = `${t(TYPE_WORDS[document.type])} ${document.number ?? ''}`.trim()
  const warehouses = useWarehouses(true).data ?? []
  const toWarehouse = warehouses.find((place) => place.id === document.toWarehouseId)
  const notCounted = document.lines.filter((line) => line.quantity === null).length

  const cancel = async (date: string, close: () => void) => {
    setError(null)
    try {
      await invoke('stockDocuments.cancel', { id: document.id, date })
      close()
      props.onChanged()
      levels.reload()
    } catch (caught) {
      setError(asRpcError(caught).message)
    }
  }
  const deleteDraft = async () => {
    try {
      await invoke('stockDocuments.deleteDraft', { id: document.id })
      navigate({ page: 'stock-documents' })
    } catch (caught) {
      setError(asRpcError(caught).message)
    }
  }

  return (
    <div className="page stock-page">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="card">
        <div className="detail-head">
          <h2 data-testid="stock-document-title">{title}</h2>
          <span className={`badge ${document.status}`} data-testid="stock-document-status">
            {t(STATUS_WORDS[document.status])}
          </span>
        </div>
        <dl className="detail-facts">
          <dt>{t('stock.date')}</dt>
          <dd>{format.date(document.date)}</dd>
          <dt>{t(document.toWarehouseId ? 'stock.fromWarehouse' : 'stock.warehouse')}</dt>
          <dd>{document.warehouseCode}</dd>
          {document.toWarehouseId ? (
            <>
              <dt>{t('stock.toWarehouse')}</dt>
              <dd>{toWarehouse?.code ?? ''}</dd>
            </>
          ) : null}
          {document.reason ? (
            <>
              <dt>{t('stock.reason')}</dt>
              <dd>{document.reason}</dd>
            </>
          ) : null}
          <dt>{t('stock.value')}</dt>
          <dd>
            <Amount value={document.value} />
          </dd>
          {notCounted > 0 ? (
            <>
              <dt>{t('stock.count.notCounted')}</dt>
              <dd data-testid="count-not-counted">{tn('stock.count.keptLines', notCounted)}</dd>
            </>
          ) : null}
          {document.cancelledOn ? (
            <>
              <dt>{t('stock.cancelledOn')}</dt>
              <dd>{format.date(document.cancelledOn)}</dd>
            </>
          ) : null}
        </dl>
        <div className="actions">
          {document.journalEntryId ? (
            <a
              className="button-link"
              href={routeHref({ page: 'journal-entry', id: document.journalEntryId })}
            >
              {t('stock.journal')}
            </a>
          ) : null}
          {document.status === 'draft' && document.type === 'count' ? (
            <a className="button-link" href={routeHref({ page: 'stock-count', id: document.id })}>
              {t('stock.count.resume')}
            </a>
          ) : null}
          {document.status === 'draft' ? (
            <button type="button" className="danger" onClick={() => void deleteDraft()}>
              {t('stock.deleteDraft')}
            </button>
          ) : null}
          {document.status === 'posted' ? (
            <CancelOnDate
              label={t('stock.cancel')}
              confirmLabel={t('stock.cancel')}
              onConfirm={(date, close) => void cancel(date, close)}
            />
          ) : null}
        </div>
      </div>
      <StockDocumentLines
        document={document}
        onHand={levels.levels}
        warehouseCode={document.toWarehouseId ? (toWarehouse?.code ?? '') : document.warehouseCode}
      />
    </div>
  )
}
