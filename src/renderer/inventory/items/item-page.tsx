import type { StockItem } from '../../../shared/domain/inventory-items'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke } from '../../state/services'
import { ItemBarcodes } from './item-barcodes'
import { ItemLedgerCard } from './item-ledger-card'
import { ItemLots } from './item-lots'
import { ItemSettingsForm } from './item-settings-form'
import { ItemStock } from './item-stock'
import { ItemUnits } from './item-units'

/**
 * One stocked item: its stock by place, its stock settings, units and barcodes, and its stock
 * card with a drill to each document. Each part saves on its own and hands back the item.
 */
export function ItemPage(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`item:${props.id}`, () => invoke('items.get', { productId: props.id }))
  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  const item = query.data
  if (!item) return <p className="empty">{t('app.loading')}</p>
  const changed = (_: StockItem) => query.reload()
  return (
    <div className="page item-page">
      <div className="detail-head">
        <h2>
          <span className="mono">{t('item.title', { code: item.product.code })}</span> ·{' '}
          {item.product.name}
        </h2>
        <a href={routeHref({ page: 'products' })}>{t('item.editProduct')}</a>
      </div>
      <ItemStock item={item} />
      <div className="item-columns">
        <ItemSettingsForm key={`settings:${item.hasMoves}`} item={item} onSaved={changed} />
        <ItemUnits key={`units:${item.units.length}`} item={item} onSaved={changed} />
        <ItemBarcodes item={item} onChanged={query.reload} />
      </div>
      <ItemLots item={item} />
      <ItemLedgerCard item={item} />
    </div>
  )
}
