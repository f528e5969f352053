import { useState, type FormEvent } from 'react'
import type { Warehouse } from '../../../shared/domain/inventory-items'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'

const FIELDS = ['code', 'name', 'address'] as const
type FormField = (typeof FIELDS)[number]

/** Adds a warehouse or edits one; errors by the field at fault. */
export function WarehouseForm(props: {
  warehouse: Warehouse | null
  onSaved: (warehouse: Warehouse) => void
  onCancel?: () => void
}) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const editing = props.warehouse
  const [values, setValues] = useState<Record<FormField, string>>({
    code: editing?.code ?? '',
    name: editing?.name ?? '',
    address: editing?.address ?? '',
  })
  const [errors, setErrors] = useState<Partial<Record<FormField | 'form', string>>>({})
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setErrors({})
    try {
      props.onSaved(
        editing
          ? await invoke('warehouses.update', { id: editing.id, ...values })
          : await invoke('warehouses.create', values),
      )
    } catch (caught) {
      const error = asRpcError(caught)
      const field = FIELDS.find((item) => item === error.field) ?? 'form'
      setErrors({ [field]: error.message })
    }
  }
  const input = (field: FormField, className: string) => (
    <Field label={t(`warehouses.field.${field}`)} error={errors[field]} className={className}>
      <input
        dir="auto"
        autoFocus={field === 'code' && !editing}
        value={values[field]}
        onChange={(event) => {
          const value = event.target.value
          setValues((current) => ({ ...current, [field]: value }))
        }}
      />
    </Field>
  )
  return (
    <form
      className="card account-form warehouse-form"
      onSubmit={onSubmit}
      onKeyDown={(event) => event.key === 'Escape' && props.onCancel?.()}
      noValidate
    >
      <h3>{editing ? t('warehouses.open', { code: editing.code }) : t('warehouses.new')}</h3>
      {errors.form ? <div className="field-error form-error">{errors.form}</div> : null}
      <div className="field-row">
        {input('code', 'narrow')}
        {input('name', 'grow')}
      </div>
      {input('address', 'grow')}
      <div className="actions">
        <button type="submit" className="primary">
          {t('inventory.save')}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('inventory.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
