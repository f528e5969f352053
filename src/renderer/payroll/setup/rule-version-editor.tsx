import type { SelectHTMLAttributes } from 'react'
import type {
  ContributionRules,
  IncomeTaxRules,
  RulePackVersion,
} from '../../../shared/domain/payroll'
import { Field } from '../../components/field'
import { useI18n } from '../../i18n/i18n-context'
import { BandsEditor } from './bands-editor'
import { DecimalInput } from './decimal-input'

type StatedFor = IncomeTaxRules['statedFor']

/** Whether the figures are stated for a month or a year (`Field` gives it its id). */
function StatedForSelect(
  props: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
    value: StatedFor
    onPick: (value: StatedFor) => void
  },
) {
  const { t } = useI18n()
  const { value, onPick, ...field } = props
  return (
    <select {...field} value={value} onChange={(event) => onPick(event.target.value as StatedFor)}>
      <option value="month">{t('rulePacks.statedFor.month')}</option>
      <option value="year">{t('rulePacks.statedFor.year')}</option>
    </select>
  )
}

/** One dated version of a rule pack: its source, income tax rules and contributions. */
export function RuleVersionEditor(props: {
  version: RulePackVersion
  path: string
  errors: Partial<Record<string, string>>
  onChange: (version: RulePackVersion) => void
}) {
  const { t } = useI18n()
  const { version, path, errors } = props
  const tax = version.incomeTax
  const setTax = (patch: Partial<IncomeTaxRules>) =>
    props.onChange({ ...version, incomeTax: { ...tax, ...patch } })
  const setContribution = (index: number, patch: Partial<ContributionRules>) =>
    props.onChange({
      ...version,
      contributions: version.contributions.map((rules, at) =>
        at === index ? { ...rules, ...patch } : rules,
      ),
    })
  const taxPath = `${path}.incomeTax`
  return (
    <div className="rule-version">
      <div className="field-row">
        <Field
          label={t('rulePacks.field.effectiveFrom')}
          error={errors[`${path}.effectiveFrom`]}
          className="narrow"
        >
          <input
            type="date"
            value={version.effectiveFrom}
            onChange={(event) => props.onChange({ ...version, effectiveFrom: event.target.value })}
          />
        </Field>
        <Field
          label={t('rulePacks.field.source')}
          error={errors[`${path}.source`]}
          className="grow"
        >
          <input
            dir="auto"
            value={version.source}
            onChange={(event) => props.onChange({ ...version, source: event.target.value })}
          />
        </Field>
      </div>
      <fieldset>
        <legend>{t('rulePacks.incomeTax')}</legend>
        <div className="field-row">
          <Field label={t('rulePacks.field.basis')} error={errors[`${taxPath}.basis`]}>
            <select
              value={tax.basis}
              onChange={(event) => setTax({ basis: event.target.value as IncomeTaxRules['basis'] })}
            >
              <option value="per-period">{t('rulePacks.basis.per-period')}</option>
              <option value="annualised">{t('rulePacks.basis.annualised')}</option>
            </select>
          </Field>
          <Field label={t('rulePacks.field.statedFor')} error={errors[`${taxPath}.statedFor`]}>
            <StatedForSelect value={tax.statedFor} onPick={(statedFor) => setTax({ statedFor })} />
          </Field>
          <Field
            label={t('rulePacks.field.personalAllowance')}
            error={errors[`${taxPath}.personalAllowance`]}
          >
            <DecimalInput
              value={tax.personalAllowance}
              onChange={(event) => setTax({ personalAllowance: event.target.value })}
            />
          </Field>
          <Field
            label={t('rulePacks.field.dependantAllowance')}
            error={errors[`${taxPath}.dependantAllowance`]}
          >
            <DecimalInput
              value={tax.dependantAllowance}
              onChange={(event) => setTax({ dependantAllowance: event.target.value })}
            />
          </Field>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={tax.deductEmployeeContributions}
            onChange={(event) => setTax({ deductEmployeeContributions: event.target.checked })}
          />
          {t('rulePacks.field.deductEmployeeContributions')}
        </label>
        <BandsEditor
          label={t('rulePacks.brackets')}
          bands={tax.brackets}
          path={`${taxPath}.brackets`}
          errors={errors}
          onChange={(brackets) => setTax({ brackets })}
        />
      </fieldset>
      {version.contributions.map((rules, index) => {
        const at = `${path}.contributions.${index}`
        const label = rules.code || String(index + 1)
        return (
          <fieldset key={index}>
            <legend>{t('rulePacks.contribution', { code: label })}</legend>
            <div className="field-row">
              <Field
                label={t('rulePacks.field.contributionCode')}
                error={errors[`${at}.code`]}
                className="narrow"
              >
                <input
                  value={rules.code}
                  onChange={(event) => setContribution(index, { code: event.target.value })}
                />
              </Field>
              <Field
                label={t('rulePacks.field.contributionName')}
                error={errors[`${at}.name`]}
                className="grow"
              >
                <input
                  dir="auto"
                  value={rules.name}
                  onChange={(event) => setContribution(index, { name: event.target.value })}
                />
              </Field>
              <Field label={t('rulePacks.field.statedFor')} error={errors[`${at}.statedFor`]}>
                <StatedForSelect
                  value={rules.statedFor}
                  onPick={(statedFor) => setContribution(index, { statedFor })}
                />
              </Field>
              <button
                type="button"
                onClick={() =>
                  props.onChange({
                    ...version,
                    contributions: version.contributions.filter((_, i) => i !== index),
                  })
                }
              >
                {t('rulePacks.removeContribution', { code: label })}
              </button>
            </div>
            <BandsEditor
              label={t('rulePacks.employeeBands', { code: label })}
              bands={rules.employee}
              path={`${at}.employee`}
              errors={errors}
              onChange={(employee) => setContribution(index, { employee })}
            />
            <BandsEditor
              label={t('rulePacks.employerBands', { code: label })}
              bands={rules.employer}
              path={`${at}.employer`}
              errors={errors}
              onChange={(employer) => setContribution(index, { employer })}
            />
          </fieldset>
        )
      })}
      <button
        type="button"
        onClick={() =>
          props.onChange({
            ...version,
            contributions: [
              ...version.contributions,
              {
                code: '',
                name: '',
                statedFor: 'month',
                employee: [{ upTo: null, rate: '0' }],
                employer: [{ upTo: null, rate: '0' }],
              },
            ],
          })
        }
      >
        {t('rulePacks.addContribution')}
      </button>
    </div>
  )
}
