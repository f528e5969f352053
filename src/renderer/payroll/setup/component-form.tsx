import { useEffect, useState } from 'react'
import type { ComponentCalc, ComponentKind, PayComponent } from '../../../shared/domain/payroll'
import { Field } from '../../components/field'
import { RecordForm } from '../../components/record-form'
import { useFormRefusal } from '../../components/use-form-fields'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { accountOptions } from '../../sales/account-select'
import { useAccounts, useInvoke, useServices } from '../../state/services'
import { FormulaVariables } from './formula-variables'

const KINDS: readonly ComponentKind[] = ['earning', 'deduction', 'employer']
const CALCS: readonly ComponentCalc[] = [
  'amount',
  'percent',
  'formula',
  'income-tax',
  'social-insurance',
]
const FIELDS = ['code', 'name', 'kind', 'calc', 'value', 'base', 'accountId'] as const
type FormField = (typeof FIELDS)[number]

interface Values {
  code: string
  name: string
  kind: ComponentKind
  calc: ComponentCalc
  value: string
  base: string
  taxable: boolean
  insurable: boolean
  prorated: boolean
  /** '' posts to the default account for the calculation (tax, insurance, loans). */
  accountId: string
}

function initial(component: PayComponent | null): Values {
  return {
    code: component?.code ?? '',
    name: component?.name ?? '',
    kind: component?.kind ?? 'earning',
    calc: component?.calc ?? 'amount',
    value: component?.value ?? '',
    base: component?.base ?? '',
    taxable: component?.taxable ?? true,
    insurable: component?.insurable ?? true,
    prorated: component?.prorated ?? false,
    accountId: component?.accountId ?? '',
  }
}

/**
 * Adds or changes a pay component. A formula the engine refuses (an unknown name, a division by
 * zero, a loop) comes back with its reason, shown under the formula field.
 */
export function ComponentForm(props: { component: PayComponent | null; others: PayComponent[] }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const accounts = useAccounts((store) => store.accounts) ?? []
  const { accounts: accountsStore } = useServices()
  // Payroll makes its own accounts on first use, after the chart was loaded: load it again.
  useEffect(() => {
    accountsStore
      .getState()
      .load()
      .catch(() => undefined)
  }, [accountsStore])
  const [values, setValues] = useState<Values>(() => initial(props.component))
  const { errors, setErrors, formError, attempt } = useFormRefusal(FIELDS)
  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }
  const back = () => navigate({ page: 'pay-components' })
  const byRules = values.calc === 'income-tax' || values.calc === 'social-insurance'
  const formulaField: FormField = values.calc === 'percent' ? 'base' : 'value'

  const save = () =>
    attempt(async () => {
      await invoke('payroll.components.save', {
        id: props.component?.id,
        code: values.code.trim(),
        name: values.name.trim(),
        kind: values.kind,
        calc: values.calc,
        value: byRules ? '' : values.value.trim(),
        base: values.calc === 'percent' ? values.base.trim() : '',
        taxable: values.kind === 'earning' && values.taxable,
        insurable: values.kind === 'earning' && values.insurable,
        prorated: values.prorated,
        accountId: values.kind === 'earning' ? null : values.accountId || null,
      })
      back()
    })

  const text = (field: 'code' | 'name' | 'value' | 'base', label: string, className?: string) => (
    <Field label={label} error={errors[field]} className={className}>
      <input
        className={field === 'value' || field === 'base' ? 'mono' : undefined}
        dir={field === 'name' ? 'auto' : 'ltr'}
        autoFocus={field === 'code'}
        value={values[field]}
        onChange={(event) => set(field, event.target.value)}
      />
    </Field>
  )
  const check = (field: 'taxable' | 'insurable' | 'prorated') => (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={values[field]}
        onChange={(event) => set(field, event.target.checked)}
      />
      {t(`payComponents.field.${field}`)}
    </label>
  )
  const others = props.others.map((other) => other.code).filter((code) => code !== values.code)
  return (
    <RecordForm
      className="component-form"
      title={
        props.component
          ? t('payComponents.editTitle', { code: props.component.code })
          : t('payComponents.new')
      }
      formError={formError}
      refusalNotice
      onSubmit={save}
      onCancel={back}
    >
      <div className="field-row">
        {text('code', t('payComponents.field.code'), 'narrow')}
        {text('name', t('payComponents.field.name'), 'grow')}
      </div>
      <div className="field-row">
        <Field label={t('payComponents.field.kind')} error={errors.kind}>
          <select
            value={values.kind}
            onChange={(event) => set('kind', event.target.value as ComponentKind)}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`payslip.kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('payComponents.field.calc')} error={errors.calc}>
          <select
            value={values.calc}
            onChange={(event) => set('calc', event.target.value as ComponentCalc)}
          >
            {CALCS.map((calc) => (
              <option key={calc} value={calc}>
                {t(`payComponents.calc.${calc}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {byRules ? <p className="muted">{t('payComponents.byRulePack')}</p> : null}
      <div className="field-row">
        {values.calc === 'amount' ? text('value', t('payComponents.field.amount'), 'narrow') : null}
        {values.calc === 'percent' ? text('value', t('payComponents.field.rate'), 'narrow') : null}
        {values.calc === 'percent' ? text('base', t('payComponents.field.ofWhat'), 'grow') : null}
        {values.calc === 'formula' ? text('value', t('payComponents.field.formula'), 'grow') : null}
      </div>
      {values.calc === 'percent' || values.calc === 'formula' ? (
        <FormulaVariables
          codes={others}
          onPick={(name) => {
            const current = values[formulaField]
            set(formulaField, current ? `${current.trimEnd()} ${name}` : name)
          }}
        />
      ) : null}
      {values.kind === 'earning' ? null : (
        <Field label={t('payComponents.field.accountId')} error={errors.accountId}>
          <select
            value={values.accountId}
            onChange={(event) => set('accountId', event.target.value)}
          >
            <option value="">{t('payComponents.defaultAccount')}</option>
            {accountOptions(accounts, ['liability', 'asset'], values.accountId)}
          </select>
        </Field>
      )}
      <div className="field-row">
        {values.kind === 'earning' ? check('taxable') : null}
        {values.kind === 'earning' ? check('insurable') : null}
        {byRules ? null : check('prorated')}
      </div>
    </RecordForm>
  )
}
