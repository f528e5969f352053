import { useI18n } from '../../i18n/i18n-context'
import { useStockItems, useWarehouses } from '../use-inventory'

/** Picks one stocked item by id, or all of them (when `allowAll`). */
export function ItemFilter(props: {
  value: string | undefined
  allowAll: boolean
  onChange: (id: string | undefined) => void
}) {
  const { t } = useI18n()
  const items = useStockItems().data ?? []
  return (
    <label className="inline-label">
      {t('stockReport.item')}
      <select
        aria-label={t('stockReport.item')}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      >
        <option value="" disabled={!props.allowAll}>
          {props.allowAll ? t('stockReport.allItems') : t('stockReport.pickItem')}
        </option>
        {items.map((item) => (
          <option key={item.product.id} value={item.product.id}>
            {item.product.code} · {item.product.name}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Picks one warehouse by id, or all of them. */
export function WarehouseFilter(props: {
  value: string | undefined
  onChange: (id: string | undefined) => void
}) {
  const { t } = useI18n()
  const warehouses = useWarehouses(true).data ?? []
  return (
    <label className="inline-label">
      {t('stockReport.warehouse')}
      <select
        aria-label={t('stockReport.warehouse')}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      >
        <option value="">{t('stockReport.allWarehouses')}</option>
        {warehouses.map((warehouse) => (
          <option key={warehouse.id} value={warehouse.id}>
            {warehouse.code} · {warehouse.name}
          </option>
        ))}
      </select>
    </label>
  )
}
