import { useState } from 'react'
import type { Availability, StockItem } from '../../../shared/domain/inventory-items'
import { Notice } from '../../components/notice'
import { useQuantityText } from '../../components/quantity'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { ListSearch, VirtualRows } from '../../sales/virtual-rows'
import { useInvoke } from '../../state/services'
import { loadAvailability, useCategories } from '../use-inventory'
import { WarehouseFilter } from '../reports/report-filters'
import { NewItemForm } from './new-item-form'

interface ItemRow {
  item: StockItem
  stock: Availability | undefined
}

/**
 * Stocked items with what is on hand (in all warehouses or one) and available; filter by text,
 * category or low stock.
 */
export function ItemList(props: { category?: string }) {
  const { t, tn } = useI18n()
  const quantity = useQuantityText()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const categories = useCategories().data ?? []
  const [search, setSearch] = useState('')
  const [belowReorder, setBelowReorder] = useState(false)
  const [warehouse, setWarehouse] = useState<string | undefined>()
  const [adding, setAdding] = useState(false)
  const category = props.category
  const query = useQuery(`items:${category ?? ''}`, async () => {
    const items = await invoke('items.list', { categoryId: category })
    const stock = await loadAvailability(
      invoke,
      items.map((item) => item.product.id),
    )
    return items.map((item): ItemRow => ({ item, stock: stock.get(item.product.id) }))
  })
  const q = search.trim().toLocaleLowerCase()
  const rows = (query.data ?? []).filter(
    ({ item, stock }) =>
      (!q ||
        [item.product.code, item.product.name].some((text) =>
          text.toLocaleLowerCase().includes(q),
        )) &&
      (!belowReorder || (stock?.available ?? 0n) < item.reorderLevel),
  )
  const open = (row: ItemRow) => navigate({ page: 'item', id: row.item.product.id })

  return (
    <div className="page list-page">
      <div className="toolbar filters">
        <ListSearch
          value={search}
          label={t('items.search')}
          onChange={setSearch}
          onEnter={() => rows[0] && open(rows[0])}
        />
        <label className="inline-label">
          {t('items.category')}
          <select
            value={category ?? ''}
            onChange={(event) =>
              navigate(
                { page: 'items', category: event.target.value || undefined },
                { replace: true },
              )
            }
          >
            <option value="">{t('inventory.all')}</option>
            {categories.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <WarehouseFilter value={warehouse} onChange={setWarehouse} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={belowReorder}
            onChange={(event) => setBelowReorder(event.target.checked)}
          />
          {t('items.belowReorder')}
        </label>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('items.new')}
        </button>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {adding ? (
        <NewItemForm
          onCancel={() => setAdding(false)}
          onCreated={(id) => navigate({ page: 'item', id })}
        />
      ) : null}
      <div className="list-summary muted" aria-live="polite">
        {query.data ? tn('items.count', rows.length) : t('app.loading')}
      </div>
      <VirtualRows
        rows={rows}
        label={t('nav.items')}
        className="stock-items-list"
        idPrefix="item-row"
        empty={query.data ? t('items.empty') : t('app.loading')}
        rowKey={(row) => row.item.product.id}
        onOpen={open}
        head={
          <>
            <span role="columnheader">{t('items.col.code')}</span>
            <span role="columnheader">{t('items.col.name')}</span>
            <span role="columnheader">{t('items.col.category')}</span>
            <span role="columnheader" className="end">
              {t('items.col.onHand')}
            </span>
            <span role="columnheader" className="end">
              {t(warehouse ? 'items.col.availableOverall' : 'items.col.available')}
            </span>
            <span role="columnheader" className="end">
              {t('items.col.reorderLevel')}
            </span>
          </>
        }
        cells={({ item, stock }) => (
          <>
            <span role="gridcell" className="mono">
              {item.product.code}
            </span>
            <span role="gridcell" className="ellipsis">
              {item.product.name}
            </span>
            <span role="gridcell" className="ellipsis">
              {item.categoryName ?? ''}
            </span>
            <span role="gridcell" className="end amount">
              {quantity(onHandIn(stock, warehouse))} {item.product.unit}
            </span>
            <span
              role="gridcell"
              className={
                (stock?.available ?? 0n) < item.reorderLevel ? 'end amount low-stock' : 'end amount'
              }
            >
              {quantity(stock?.available ?? 0n)}
            </span>
            <span role="gridcell" className="end amount">
              {item.reorderLevel > 0n ? quantity(item.reorderLevel) : ''}
            </span>
          </>
        )}
      />
    </div>
  )
}

/** On hand in one warehouse, or in all of them. */
function onHandIn(stock: Availability | undefined, warehouseId: string | undefined): bigint {
  if (!warehouseId) return stock?.onHand ?? 0n
  return stock?.warehouses.find((place) => place.warehouseId === warehouseId)?.onHand ?? 0n
}
