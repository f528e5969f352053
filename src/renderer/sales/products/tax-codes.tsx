import { useState } from 'react'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { RecordForm } from '../../components/record-form'
import { useFormFields } from '../../components/use-form-fields'
import { useI18n } from '../../i18n/i18n-context'
import { accountLabel } from '../../journal/account-match'
import { useAccounts, useInvoke, useServices } from '../../state/services'
import { accountOptions, defaultAccount } from '../account-select'
import { parseRate, rateText } from '../sales-numbers'
import { useSalesCatalog } from '../use-sales-catalog'

const FIELDS = ['code', 'name', 'rate', 'outputAccountId', 'inputAccountId'] as const

/** Tax codes: the rate, whether prices include it, and where the tax posts. Never edited. */
export function TaxCodesPage() {
  const { t, tn } = useI18n()
  const accounts = useAccounts((store) => store.accounts) ?? []
  const byId = new Map(accounts.map((account) => [account.id, account]))
  const { catalog, error } = useSalesCatalog()
  const [adding, setAdding] = useState(false)
  const codes = catalog?.taxCodes ?? []
  const accountText = (id: string) => {
    const account = byId.get(id)
    return account ? accountLabel(account) : ''
  }
  return (
    <div className="page">
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('taxCodes.new')}
        </button>
        <span className="toolbar-count muted">{tn('taxCodes.count', codes.length)}</span>
      </div>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {adding ? <TaxCodeForm onDone={() => setAdding(false)} /> : null}
      {catalog && codes.length === 0 ? <Notice tone="info">{t('taxCodes.empty')}</Notice> : null}
      <table className="grid tax-codes-table">
        <thead>
          <tr>
            <th className="col-code">{t('taxCodes.field.code')}</th>
            <th>{t('taxCodes.field.name')}</th>
            <th className="end">{t('taxCodes.field.rate')}</th>
            <th>{t('taxCodes.col.included')}</th>
            <th>{t('taxCodes.field.outputAccount')}</th>
            <th>{t('taxCodes.field.inputAccount')}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code.id} className={code.archived ? 'archived' : undefined}>
              <td className="mono">{code.code}</td>
              <td>
                {code.name}
                {code.archived ? <span className="badge">{t('sales.archived')}</span> : null}
              </td>
              <td className="end">{rateText(code.rate)}</td>
              <td>{code.pricesIncludeTax ? t('sales.yes') : t('sales.no')}</td>
              <td>{accountText(code.outputAccountId)}</td>
              <td>{accountText(code.inputAccountId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="keyboard-hint muted">{t('taxCodes.neverEdited')}</p>
    </div>
  )
}

function TaxCodeForm(props: { onDone: () => void }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const sales = useServices().sales
  const accounts = useAccounts((store) => store.accounts) ?? []
  const taxAccount = defaultAccount(accounts, '2200', ['liability'])
  const { values, set, errors, setErrors, formError, attempt } = useFormFields(FIELDS, () => ({
    code: '',
    name: '',
    rate: '',
    outputAccountId: taxAccount,
    inputAccountId: taxAccount,
  }))
  const [included, setIncluded] = useState(false)
  const onSubmit = () => {
    void attempt(async () => {
      const rate = parseRate(values.rate, format.locale)
      if (rate === null) return setErrors({ rate: t('taxCodes.problem.rate') })
      const saved = await invoke('taxCodes.create', {
        code: values.code,
        name: values.name,
        rate,
        pricesIncludeTax: included,
        outputAccountId: values.outputAccountId,
        inputAccountId: values.inputAccountId,
      })
      sales.getState().putTaxCode(saved)
      props.onDone()
    })
  }
  const accountSelect = (field: 'outputAccountId' | 'inputAccountId', label: string) => (
    <Field label={label} error={errors[field]}>
      <select value={values[field]} onChange={(event) => set(field, event.target.value)}>
        <option value="">{t('products.chooseAccount')}</option>
        {accountOptions(accounts, ['liability', 'asset'], values[field])}
      </select>
    </Field>
  )
  return (
    <RecordForm
      title={t('taxCodes.new')}
      formError={formError}
      submitLabel={t('taxCodes.add')}
      onSubmit={onSubmit}
      onCancel={props.onDone}
    >
      <div className="field-row">
        <Field label={t('taxCodes.field.code')} error={errors.code} className="narrow">
          <input autoFocus value={values.code} onChange={(e) => set('code', e.target.value)} />
        </Field>
        <Field label={t('taxCodes.field.name')} error={errors.name} className="grow">
          <input dir="auto" value={values.name} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field label={t('taxCodes.field.rate')} error={errors.rate} className="narrow">
          <input
            inputMode="decimal"
            className="amount-input"
            value={values.rate}
            onChange={(event) => set('rate', event.target.value)}
          />
        </Field>
      </div>
      <div className="field-row">
        {accountSelect('outputAccountId', t('taxCodes.field.outputAccount'))}
        {accountSelect('inputAccountId', t('taxCodes.field.inputAccount'))}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={included}
          onChange={(event) => setIncluded(event.target.checked)}
        />
        {t('taxCodes.field.pricesIncludeTax')}
      </label>
    </RecordForm>
  )
}
