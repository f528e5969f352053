import type { Product, ProductKind } from '../../../shared/domain/sales'
import { toDecimalString } from '../../../shared/money'
import { Field } from '../../components/field'
import { RecordForm } from '../../components/record-form'
import { useFormFields } from '../../components/use-form-fields'
import { useI18n } from '../../i18n/i18n-context'
import { useAccounts, useInvoke, useServices, useSession } from '../../state/services'
import { accountOptions, defaultAccount } from '../account-select'
import { rateText } from '../sales-numbers'
import { useSalesCatalog } from '../use-sales-catalog'
import { readPrices } from './product-prices'

const KINDS: ProductKind[] = ['stocked', 'non_stocked', 'service']
const FIELDS = [
  'code',
  'name',
  'kind',
  'unit',
  'salesPrice',
  'purchasePrice',
  'taxCodeId',
  'incomeAccountId',
  'expenseAccountId',
] as const
type FormField = (typeof FIELDS)[number]

/** Adds or edits a product; prices in the company currency, errors by the field at fault. */
export function ProductForm(props: { product: Product | null; onDone: () => void }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const sales = useServices().sales
  const accounts = useAccounts((store) => store.accounts) ?? []
  const taxCodes = useSalesCatalog().catalog?.taxCodes ?? []
  const decimals = useSession((store) => store.session?.company?.decimals ?? 2)
  const editing = props.product
  const money = (value: bigint | undefined) =>
    value === undefined ? '' : toDecimalString(value, decimals)
  const { values, set, errors, setErrors, formError, attempt } = useFormFields(FIELDS, () => ({
    code: editing?.code ?? '',
    name: editing?.name ?? '',
    kind: editing?.kind ?? 'non_stocked',
    unit: editing?.unit ?? '',
    salesPrice: money(editing?.salesPrice),
    purchasePrice: money(editing?.purchasePrice),
    taxCodeId: editing?.taxCodeId ?? taxCodes.find((code) => !code.archived)?.id ?? '',
    incomeAccountId: editing?.incomeAccountId ?? defaultAccount(accounts, '4100', ['income']),
    expenseAccountId: editing?.expenseAccountId ?? defaultAccount(accounts, '5100', ['expense']),
  }))

  const onSubmit = () => {
    void attempt(async () => {
      const read = readPrices(values, { decimals, locale: format.locale, t })
      if (!read.ok) return setErrors(read.problems)
      const input = {
        code: values.code,
        name: values.name,
        kind: values.kind as ProductKind,
        unit: values.unit,
        ...read.prices,
        taxCodeId: values.taxCodeId || null,
        incomeAccountId: values.incomeAccountId,
        expenseAccountId: values.expenseAccountId,
      }
      const saved = editing
        ? await invoke('products.update', { id: editing.id, ...input })
        : await invoke('products.create', input)
      sales.getState().putProduct(saved)
      props.onDone()
    })
  }

  const text = (field: FormField, label: string, className?: string, numeric = false) => (
    <Field label={label} error={errors[field]} className={className}>
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
      title={editing ? t('products.editTitle', { code: editing.code }) : t('products.new')}
      formError={formError}
      submitLabel={editing ? undefined : t('products.add')}
      onSubmit={onSubmit}
      onCancel={props.onDone}
    >
      <div className="field-row">
        {text('code', t('products.field.code'), 'narrow')}
        {text('name', t('products.field.name'), 'grow')}
        <Field label={t('products.field.kind')} error={errors.kind}>
          <select value={values.kind} onChange={(event) => set('kind', event.target.value)}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`products.kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        {text('unit', t('products.field.unit'), 'narrow')}
      </div>
      <div className="field-row">
        {text('salesPrice', t('products.field.salesPrice'), 'narrow', true)}
        {text('purchasePrice', t('products.field.purchasePrice'), 'narrow', true)}
        <Field label={t('products.field.taxCode')} error={errors.taxCodeId}>
          <select
            value={values.taxCodeId}
            onChange={(event) => set('taxCodeId', event.target.value)}
          >
            <option value="">{t('taxCodes.noTax')}</option>
            {taxCodes
              .filter((code) => !code.archived || code.id === values.taxCodeId)
              .map((code) => (
                <option key={code.id} value={code.id}>
                  {code.code} · {code.name} ({rateText(code.rate)}%)
                </option>
              ))}
          </select>
        </Field>
        <Field label={t('products.field.incomeAccount')} error={errors.incomeAccountId}>
          <select
            value={values.incomeAccountId}
            onChange={(event) => set('incomeAccountId', event.target.value)}
          >
            <option value="">{t('products.chooseAccount')}</option>
            {accountOptions(accounts, ['income'], values.incomeAccountId)}
          </select>
        </Field>
        <Field label={t('products.field.expenseAccount')} error={errors.expenseAccountId}>
          <select
            value={values.expenseAccountId}
            onChange={(event) => set('expenseAccountId', event.target.value)}
          >
            <option value="">{t('products.chooseAccount')}</option>
            {accountOptions(accounts, ['expense', 'asset'], values.expenseAccountId)}
          </select>
        </Field>
      </div>
    </RecordForm>
  )
}
