import { useState } from 'react'
import type { NegativeStockPolicy } from '../../../shared/domain/inventory'
import type { Warehouse } from '../../../shared/domain/inventory-items'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'

/** The company's stock settings: the negative stock policy and the default warehouse. */
export function InventorySettingsCard(props: {
  warehouses: readonly Warehouse[]
  onSaved?: () => void
}) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery('inventory-settings', () => invoke('inventorySettings.get', {}))
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const save = async (change: {
    negativeStock?: NegativeStockPolicy
    defaultWarehouseId?: string | null
  }) => {
    setError(null)
    setSaved(false)
    try {
      await invoke('inventorySettings.set', change)
      setSaved(true)
      query.reload()
      props.onSaved?.()
    } catch (caught) {
      setError(asRpcError(caught).message)
    }
  }
  const settings = query.data
  return (
    <section className="card inventory-settings" aria-label={t('inventorySettings.title')}>
      <h3>{t('inventorySettings.title')}</h3>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {settings ? (
        <div className="field-row">
          <Field label={t('inventorySettings.negativeStock')}>
            <select
              value={settings.negativeStock}
              onChange={(event) =>
                void save({ negativeStock: event.target.value as NegativeStockPolicy })
              }
            >
              <option value="refuse">{t('inventorySettings.negative.refuse')}</option>
              <option value="allow">{t('inventorySettings.negative.allow')}</option>
            </select>
          </Field>
          <Field label={t('inventorySettings.defaultWarehouse')}>
            <select
              value={settings.defaultWarehouseId ?? ''}
              onChange={(event) => void save({ defaultWarehouseId: event.target.value || null })}
            >
              <option value="">{t('inventorySettings.firstByCode')}</option>
              {props.warehouses
                .filter((warehouse) => !warehouse.archived)
                .map((warehouse) => (
                  <option key={warehouse.id} value={warehouse.id}>
                    {warehouse.code} · {warehouse.name}
                  </option>
                ))}
            </select>
          </Field>
          {saved ? (
            <span className="muted" role="status">
              {t('inventory.saved')}
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
