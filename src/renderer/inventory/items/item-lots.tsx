import type { Lot, StockItem } from '../../../shared/domain/inventory-items'
import { today } from '../../../shared/dates'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { Quantity } from '../../components/quantity'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { useAction } from '../use-action'

/** A lot-tracked item's lots: on hand in each, and its expiry date, corrected in place. */
export function ItemLots(props: { item: StockItem }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const id = props.item.product.id
  const key = props.item.lotTracked ? `lots:${id}` : null
  const query = useQuery(key, () => invoke('items.lots', { productId: id }))
  const { error, run } = useAction(query.reload)
  if (!props.item.lotTracked) return null
  const lots = query.data ?? []
  const setExpiry = (lot: Lot, expiryDate: string) =>
    run(() => invoke('items.setLotExpiry', { lotId: lot.id, expiryDate: expiryDate || null }))
  return (
    <section className="card item-lots">
      <h3>{t('item.lots')}</h3>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {query.data && lots.length === 0 ? <p className="muted">{t('item.noLots')}</p> : null}
      {lots.length > 0 ? (
        <table className="grid" aria-label={t('item.lots')}>
          <thead>
            <tr>
              <th>{t('item.col.lot')}</th>
              <th>{t('item.col.expiry')}</th>
              <th className="end">{t('item.col.quantity')}</th>
            </tr>
          </thead>
          <tbody>
            {lots.map((lot) => (
              <tr key={lot.id}>
                <td className="mono">{lot.number}</td>
                <td>
                  <input
                    type="date"
                    aria-label={t('item.expiryOf', { lot: lot.number })}
                    defaultValue={lot.expiryDate ?? ''}
                    onBlur={(event) =>
                      event.target.value !== (lot.expiryDate ?? '') &&
                      void setExpiry(lot, event.target.value)
                    }
                  />
                  {lot.expiryDate && lot.expiryDate < today() ? (
                    <span className="badge">{t('stockReport.expired')}</span>
                  ) : null}
                </td>
                <td className="end amount">
                  <Quantity value={lot.onHand} unit={props.item.product.unit} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
