import type { SalesOrder } from '../../../shared/domain/sales-flow'
import { useQuantityText } from '../../components/quantity'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke } from '../../state/services'
import { loadAvailability } from '../use-inventory'

/**
 * Beside a sales order's lines: for each stocked product on it, what it orders, what is on hand,
 * reserved by all open orders and available; a line the stock cannot cover is marked short.
 */
export function OrderStock(props: { order: SalesOrder }) {
  const { t } = useI18n()
  const quantity = useQuantityText()
  const invoke = useInvoke()
  const ids = [...new Set(props.order.lines.flatMap((line) => line.productId ?? []))]
  const query = useQuery(
    ids.length > 0 ? `order-stock:${props.order.id}:${ids.join(',')}` : null,
    () => loadAvailability(invoke, ids),
  )
  const stock = query.data
  const lines = props.order.lines.filter((line) => line.productId && stock?.has(line.productId))
  if (!stock || lines.length === 0) return null
  return (
    <section className="order-stock">
      <h3>{t('orderStock.title')}</h3>
      <table className="grid" aria-label={t('orderStock.title')}>
        <thead>
          <tr>
            <th>{t('items.col.code')}</th>
            <th className="end">{t('orderStock.ordered')}</th>
            <th className="end">{t('orderStock.onHand')}</th>
            <th className="end">{t('orderStock.reserved')}</th>
            <th className="end">{t('orderStock.available')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const row = stock.get(line.productId!)!
            return (
              <tr key={line.lineNo} data-line={line.lineNo}>
                <td>
                  <a className="mono" href={routeHref({ page: 'item', id: row.productId })}>
                    {row.code}
                  </a>{' '}
                  {row.name}
                </td>
                <td className="end amount">{quantity(line.quantity)}</td>
                <td className="end amount">
                  {quantity(row.onHand)} {row.unit}
                </td>
                <td className="end amount">{quantity(row.reserved)}</td>
                <td className={row.available < 0n ? 'end amount low-stock' : 'end amount'}>
                  {quantity(row.available)}
                  {row.available < 0n ? (
                    <span className="badge">{t('orderStock.short')}</span>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
