import type { StockDocument } from '../../shared/domain/inventory'
import { Amount } from '../components/amount'
import { useQuantityText } from '../components/quantity'
import { useI18n } from '../i18n/i18n-context'
import type { StockLevels } from './stock-lines'

/**
 * A document's lines as posted: quantity and unit, lot, a count's expected and variance (a line
 * not counted says so, and has none), value.
 */
export function StockDocumentLines(props: {
  document: StockDocument
  onHand: StockLevels
  /** The warehouse the on-hand column counts (a transfer's destination). */
  warehouseCode: string
}) {
  const { t, format } = useI18n()
  const quantity = useQuantityText()
  const document = props.document
  const counting = document.type === 'count'
  const lots = document.lines.some((line) => line.lotNumber)
  return (
    <table className="grid stock-lines" aria-label={t('stock.lines')}>
      <thead>
        <tr>
          <th>{t('stock.col.code')}</th>
          <th>{t('stock.col.item')}</th>
          {lots ? <th>{t('stock.col.lot')}</th> : null}
          {counting ? <th className="end">{t('stock.col.expected')}</th> : null}
          <th className="end">{t(counting ? 'stock.col.counted' : 'stock.col.quantity')}</th>
          {counting ? <th className="end">{t('stock.col.variance')}</th> : null}
          <th>{t('stock.col.unit')}</th>
          <th className="end">{t('stock.value')}</th>
          <th className="end">{t('stock.col.onHandNowIn', { warehouse: props.warehouseCode })}</th>
        </tr>
      </thead>
      <tbody>
        {document.lines.map((line) => (
          <tr key={line.lineNo} data-code={line.productCode}>
            <td className="mono">{line.productCode}</td>
            <td>{line.productName}</td>
            {lots ? (
              <td>
                {line.lotNumber ?? ''}
                {line.lotExpiry ? (
                  <span className="muted"> · {format.date(line.lotExpiry)}</span>
                ) : null}
              </td>
            ) : null}
            {counting ? (
              <td className="end num">
                {line.expectedQuantity === null ? '—' : quantity(line.expectedQuantity)}
              </td>
            ) : null}
            <td className="end num" data-testid="quantity">
              {line.quantity === null ? (
                <span className="muted">{t('stock.count.notCounted')}</span>
              ) : (
                quantity(line.quantity)
              )}
            </td>
            {counting ? (
              <td className="end num" data-testid="variance">
                {line.baseQuantity === null
                  ? '—'
                  : quantity(line.baseQuantity - (line.expectedQuantity ?? 0n))}
              </td>
            ) : null}
            <td>{line.unit}</td>
            <td className="end">
              <Amount value={line.value} />
            </td>
            <td className="end num" data-testid="on-hand">
              {quantity(props.onHand.get(line.productId)?.onHand ?? 0n)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
