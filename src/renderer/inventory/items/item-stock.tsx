import type { StockItem } from '../../../shared/domain/inventory-items'
import { today } from '../../../shared/dates'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { Quantity } from '../../components/quantity'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { loadAvailability } from '../use-inventory'

/** Before any stock can have moved, so the whole history is one ledger call. */
const BEGINNING = '1900-01-01'

interface Place {
  warehouse: string
  bin: string
  lot: string
  quantity: bigint
}

/**
 * On hand, reserved and available, and where the stock is: per warehouse, bin and lot. The
 * items procedures give warehouses only, so places are summed from the item's stock ledger.
 */
export function ItemStock(props: { item: StockItem }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const id = props.item.product.id
  const unit = props.item.product.unit
  const query = useQuery(`item-stock:${id}`, async () => {
    const [stock, ledger, lots] = await Promise.all([
      loadAvailability(invoke, [id]),
      invoke('reports.stockLedger', { productId: id, from: BEGINNING, to: '9999-12-31' }),
      invoke('items.lots', { productId: id }),
    ])
    const places = new Map<string, Place>()
    for (const line of ledger.lines) {
      const key = [line.warehouseCode, line.binCode ?? '', line.lotNumber ?? ''].join('\u0000')
      const place = places.get(key) ?? {
        warehouse: line.warehouseCode,
        bin: line.binCode ?? '',
        lot: line.lotNumber ?? '',
        quantity: 0n,
      }
      place.quantity += line.quantity
      places.set(key, place)
    }
    const held = [...places.values()].filter((place) => place.quantity !== 0n)
    return { stock: stock.get(id), places: held, lots }
  })
  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  const data = query.data
  const expiry = (lot: string) => data?.lots.find((row) => row.number === lot)?.expiryDate
  const figure = (label: string, value: bigint | undefined, testId: string) => (
    <div className="figure" data-testid={testId}>
      <span className="muted">{label}</span>
      <strong className="amount">
        <Quantity value={value ?? 0n} unit={unit} />
      </strong>
    </div>
  )
  return (
    <section className="card item-stock" aria-label={t('item.stock')}>
      <h3>{t('item.stock')}</h3>
      <div className="figures">
        {figure(t('item.onHand'), data?.stock?.onHand, 'item-on-hand')}
        {figure(t('item.reserved'), data?.stock?.reserved, 'item-reserved')}
        {figure(t('item.available'), data?.stock?.available, 'item-available')}
      </div>
      {data && data.places.length === 0 ? <p className="muted">{t('item.noStock')}</p> : null}
      {data && data.places.length > 0 ? (
        <table className="grid" aria-label={t('item.byPlace')}>
          <thead>
            <tr>
              <th>{t('item.col.warehouse')}</th>
              <th>{t('item.col.bin')}</th>
              <th>{t('item.col.lot')}</th>
              <th>{t('item.col.expiry')}</th>
              <th className="end">{t('item.col.quantity')}</th>
            </tr>
          </thead>
          <tbody>
            {data.places.map((place) => {
              const expires = place.lot ? expiry(place.lot) : null
              return (
                <tr key={`${place.warehouse}:${place.bin}:${place.lot}`}>
                  <td className="mono">{place.warehouse}</td>
                  <td className="mono">{place.bin}</td>
                  <td className="mono">{place.lot}</td>
                  <td>
                    {expires ? format.date(expires) : ''}
                    {expires && expires < today() ? (
                      <span className="badge">{t('stockReport.expired')}</span>
                    ) : null}
                  </td>
                  <td className="end amount">
                    <Quantity value={place.quantity} unit={unit} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
