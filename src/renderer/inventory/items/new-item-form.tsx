import { useState, type FormEvent } from 'react'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { useI18n } from '../../i18n/i18n-context'
import { defaultAccount } from '../../sales/account-select'
import { parseDecimal } from '../../sales/sales-numbers'
import { useSalesCatalog } from '../../sales/use-sales-catalog'
import { useAccounts, useInvoke, useServices, useSession } from '../../state/services'

const FIELDS = ['code', 'name', 'unit', 'salesPrice', 'purchasePrice'] as const
type FormField = (typeof FIELDS)[number]

/**
 * A new stocked product in a few fields; its tax code and accounts take the usual defaults
 * (the products screen changes them), and the item's page opens for units and barcodes.
 */
export function NewItemForm(props: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const sales = useServices().sales
  const accounts = useAccounts((store) => store.accounts) ?? []
  const taxCodes = useSalesCatalog().catalog?.taxCodes ?? []
  const decimals = useSession((store) => store.session?.company?.decimals ?? 2)
  const [values, setValues] = useState<Record<FormField, string>>({
    code: '',
    name: '',
    unit: 'pcs',
    salesPrice: '',
    purchasePrice: '',
  })
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setErrors({})
    setFormError(null)
    const prices: Partial<Record<'salesPrice' | 'purchasePrice', bigint>> = {}
    for (const field of ['salesPrice', 'purchasePrice'] as const) {
      const parsed = parseDecimal(values[field], decimals, format.locale)
      if (parsed?.ok) prices[field] = parsed.value
      else if (parsed) return setErrors({ [field]: t('sales.problem.amount') })
    }
    try {
      const product = await invoke('products.create', {
        code: values.code,
        name: values.name,
        kind: 'stocked',
        unit: values.unit,
        ...prices,
        taxCodeId: taxCodes.find((code) => !code.archived)?.id ?? null,
        incomeAccountId: defaultAccount(accounts, '4100', ['income']),
        expenseAccountId: defaultAccount(accounts, '5100', ['expense']),
      })
      sales.getState().putProduct(product)
      props.onCreated(product.id)
    } catch (caught) {
      const error = asRpcError(caught)
      const field = FIELDS.find((item) => item === error.field)
      if (field) setErrors({ [field]: error.message })
      else setFormError(error.message)
    }
  }

  const input = (field: FormField, className: string, numeric = false) => (
    <Field label={t(`items.field.${field}`)} error={errors[field]} className={className}>
      <input
        dir={numeric ? undefined : 'auto'}
        inputMode={numeric ? 'decimal' : undefined}
        className={numeric ? 'amount-input' : undefined}
        autoFocus={field === 'code'}
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
      className="card account-form"
      onSubmit={onSubmit}
      onKeyDown={(event) => event.key === 'Escape' && props.onCancel()}
      noValidate
    >
      <h2>{t('items.new')}</h2>
      {formError ? <div className="field-error form-error">{formError}</div> : null}
      <div className="field-row">
        {input('code', 'narrow')}
        {input('name', 'grow')}
        {input('unit', 'narrow')}
      </div>
      <div className="field-row">
        {input('salesPrice', 'narrow', true)}
        {input('purchasePrice', 'narrow', true)}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('items.create')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('inventory.cancel')}
        </button>
      </div>
    </form>
  )
}
