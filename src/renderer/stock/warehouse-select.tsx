import type { Warehouse } from '../../shared/domain/inventory-items'
import { Field } from '../components/field'
import { useI18n } from '../i18n/i18n-context'

/** A live warehouse, by code and name; `blank` offers "choose…" first. */
export function WarehouseSelect(props: {
  label: string
  warehouses: readonly Warehouse[]
  value: string
  onChange: (id: string) => void
  blank?: boolean
}) {
  const { t } = useI18n()
  return (
    <Field label={props.label}>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.blank || !props.value ? (
          <option value="">{t('stock.chooseWarehouse')}</option>
        ) : null}
        {props.warehouses
          .filter((warehouse) => !warehouse.archived || warehouse.id === props.value)
          .map((warehouse) => (
            <option key={warehouse.id} value={warehouse.id}>
              {warehouse.code} · {warehouse.name}
            </option>
          ))}
      </select>
    </Field>
  )
}
