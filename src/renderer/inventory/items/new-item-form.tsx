import { Field } from '../../components/field'
import { RecordForm } from '../../components/record-form'
import { useFormFields } from '../../components/use-form-fields'
import { useI18n } from '../../i18n/i18n-context'
import { defaultAccount } from '../../sales/account-select'
import { readPrices } from '../../sales/products/product-prices'
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
  const { values, set, errors, setErrors, formError, attempt } = useFormFields(FIELDS, () => ({
    code: '',
    name: '',
    unit: 'pcs',
    salesPrice: '',
    purchasePrice: '',
  }))

  const onSubmit = () => {
    void attempt(async () => {
      const read = readPrices(values, { decimals, locale: format.locale, t })
      if (!read.ok) return setErrors(read.problems)
      const product = await invoke('products.create', {
        code: values.code,
        name: values.name,
        kind: 'stocked',
        unit: values.unit,
        ...read.prices,
        taxCodeId: taxCodes.find((code) => !code.archived)?.id ?? null,
        incomeAccountId: defaultAccount(accounts, '4100', ['income']),
        expenseAccountId: defaultAccount(accounts, '5100', ['expense']),
      })
      sales.getState().putProduct(product)
      props.onCreated(product.id)
    })
  }

  const input = (field: FormField, className: string, numeric = false) => (
    <Field label={t(`items.field.${field}`)} error={errors[field]} className={className}>
      <input
        dir={numeric ? undefined : 'auto'}
        inputMode={numeric ? 'decimal' : undefined}
        className={numeric ? 'amount-input' : undefined}
        autoFocus={field === 'code'}
        value={values[field]}
        onChange={(event) => set(field, event.target.value)}
      />
    </Field>
  )
  return (
    <RecordForm
      title={t('items.new')}
      formError={formError}
      submitLabel={t('items.create')}
      onSubmit={onSubmit}
      onCancel={props.onCancel}
    >
      <div className="field-row">
        {input('code', 'narrow')}
        {input('name', 'grow')}
        {input('unit', 'narrow')}
      </div>
      <div className="field-row">
        {input('salesPrice', 'narrow', true)}
        {input('purchasePrice', 'narrow', true)}
      </div>
    </RecordForm>
  )
}
