import type { StockDocumentType } from '../../shared/domain/inventory'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useWarehouses } from '../inventory/use-inventory'
import type { MessageKey } from '../i18n/translate'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'

export const TYPE_WORDS: Record<StockDocumentType, MessageKey> = {
  receipt: 'stock.type.receipt',
  delivery: 'stock.type.delivery',
  transfer: 'stock.type.transfer',
  adjustment: 'stock.type.adjustment',
  count: 'stock.type.count',
  opening: 'stock.type.opening',
}

export const STATUS_WORDS = {
  draft: 'stock.status.draft',
  posted: 'stock.status.posted',
  cancelled: 'stock.status.cancelled',
} as const satisfies Record<string, MessageKey>

const LIMIT = 500

/** Every stock document, newest first, by type; a number opens the document. */
export function StockDocumentList(props: { type?: StockDocumentType }) {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const list = useQuery(`stock-documents|${props.type ?? ''}`, () =>
    invoke('stockDocuments.list', { ...(props.type ? { type: props.type } : {}), limit: LIMIT }),
  )
  const documents = list.data ?? []
  const warehouses = useWarehouses(true).data ?? []
  const codeOf = (id: string) => warehouses.find((place) => place.id === id)?.code ?? ''
  return (
    <div className="page stock-page">
      <div className="toolbar">
        <label className="inline-label">
          {t('stock.list.type')}
          <select
            value={props.type ?? ''}
            onChange={(event) =>
              navigate({
                page: 'stock-documents',
                type: (event.target.value || undefined) as StockDocumentType | undefined,
              })
            }
          >
            <option value="">{t('stock.list.allTypes')}</option>
            {Object.entries(TYPE_WORDS).map(([type, word]) => (
              <option key={type} value={type}>
                {t(word)}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-count muted" aria-live="polite">
          {list.data
            ? tn(
                documents.length < LIMIT ? 'stock.list.count' : 'stock.list.latest',
                documents.length,
              )
            : t('app.loading')}
        </span>
      </div>
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      <table className="grid stock-documents" aria-label={t('nav.stockDocuments')}>
        <thead>
          <tr>
            <th>{t('stock.col.number')}</th>
            <th>{t('stock.col.type')}</th>
            <th>{t('stock.date')}</th>
            <th>{t('stock.warehouse')}</th>
            <th>{t('stock.col.status')}</th>
            <th className="end">{t('stock.col.lines')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.length === 0 && !list.loading ? (
            <tr>
              <td colSpan={6} className="empty">
                {t('stock.list.empty')}
              </td>
            </tr>
          ) : null}
          {documents.map((document) => (
            <tr key={document.id} data-number={document.number ?? ''}>
              <td className="mono">
                <a href={routeHref({ page: 'stock-doc', id: document.id })}>
                  {document.number ?? t('stock.status.draft')}
                </a>
              </td>
              <td>{t(TYPE_WORDS[document.type])}</td>
              <td>{format.date(document.date)}</td>
              <td>
                {document.toWarehouseId
                  ? t('stock.list.fromTo', {
                      from: document.warehouseCode,
                      to: codeOf(document.toWarehouseId),
                    })
                  : document.warehouseCode}
              </td>
              <td>
                <span className={`badge ${document.status}`}>
                  {t(STATUS_WORDS[document.status])}
                </span>
              </td>
              <td className="end">{document.lineCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
