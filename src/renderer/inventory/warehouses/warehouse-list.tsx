import { useState } from 'react'
import type { Warehouse } from '../../../shared/domain/inventory-items'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke } from '../../state/services'
import { useAction } from '../use-action'
import { useWarehouses } from '../use-inventory'
import { InventorySettingsCard } from './inventory-settings'
import { WarehouseForm } from './warehouse-form'

/** Warehouses (add, open to edit and see bins, archive) and the company's stock settings. */
export function WarehouseList() {
  const { t } = useI18n()
  const invoke = useInvoke()
  const [showArchived, setShowArchived] = useState(false)
  const [adding, setAdding] = useState(false)
  const query = useWarehouses(true)
  const settings = useQuery('inventory-settings-default', () => invoke('inventorySettings.get', {}))
  const all = query.data ?? []
  const shown = all.filter((warehouse) => showArchived || !warehouse.archived)
  const { error, run } = useAction(query.reload)
  const setArchived = (warehouse: Warehouse) =>
    run(() => invoke('warehouses.setArchived', { id: warehouse.id, archived: !warehouse.archived }))
  return (
    <div className="page">
      <div className="toolbar filters">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
          {t('inventory.showArchived')}
        </label>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('warehouses.new')}
        </button>
      </div>
      {adding ? (
        <WarehouseForm
          warehouse={null}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false)
            query.reload()
          }}
        />
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {query.data && shown.length === 0 ? <p className="empty">{t('warehouses.empty')}</p> : null}
      {shown.length > 0 ? (
        <table className="grid" aria-label={t('nav.warehouses')}>
          <thead>
            <tr>
              <th>{t('warehouses.field.code')}</th>
              <th>{t('warehouses.field.name')}</th>
              <th>{t('warehouses.field.address')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((warehouse) => (
              <tr key={warehouse.id} data-code={warehouse.code}>
                <td className="mono">
                  <a
                    href={routeHref({ page: 'warehouse', id: warehouse.id })}
                    aria-label={t('warehouses.open', { code: warehouse.code })}
                  >
                    {warehouse.code}
                  </a>
                </td>
                <td>
                  {warehouse.name}
                  {settings.data?.defaultWarehouseId === warehouse.id ? (
                    <span className="badge">{t('warehouses.default')}</span>
                  ) : null}
                  {warehouse.archived ? (
                    <span className="badge">{t('inventory.archived')}</span>
                  ) : null}
                </td>
                <td className="muted">{warehouse.address}</td>
                <td className="end">
                  <button
                    type="button"
                    className="link"
                    onClick={() => void setArchived(warehouse)}
                  >
                    {warehouse.archived ? t('inventory.unarchive') : t('inventory.archive')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <InventorySettingsCard warehouses={all} onSaved={settings.reload} />
    </div>
  )
}
