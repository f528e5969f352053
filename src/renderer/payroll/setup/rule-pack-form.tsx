import { useState } from 'react'
import { today } from '../../../shared/dates'
import type { RulePack, RulePackVersion } from '../../../shared/domain/payroll'
import { Field } from '../../components/field'
import { RecordForm } from '../../components/record-form'
import { useFormRefusal } from '../../components/use-form-fields'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { RuleVersionEditor } from './rule-version-editor'

type Draft = Omit<RulePack, 'builtIn'>

function blankVersion(): RulePackVersion {
  return {
    effectiveFrom: today(),
    source: '',
    incomeTax: {
      basis: 'per-period',
      statedFor: 'month',
      personalAllowance: '0',
      dependantAllowance: '0',
      brackets: [{ upTo: null, rate: '0' }],
      deductEmployeeContributions: false,
    },
    contributions: [],
  }
}

/** The engine's "versions[0].incomeTax.brackets[1].rate" and zod's "versions.0..." as one key. */
const fieldKey = (field: string) => field.replace(/\[(\d+)\]/g, '.$1')

/**
 * Edits a rule pack whole (or adds one): its dated versions, each with where its figures come
 * from, the income tax brackets and allowances, and the contribution bands with their caps.
 */
export function RulePackForm(props: { pack: RulePack | null; currency: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const [draft, setDraft] = useState<Draft>(
    () =>
      props.pack ?? { code: '', name: '', currency: props.currency, versions: [blankVersion()] },
  )
  // The newest version first: the one a correction usually touches.
  const [selected, setSelected] = useState(Math.max(0, draft.versions.length - 1))
  const { errors, setErrors, formError, setFormError, attempt } = useFormRefusal<string>([])
  const back = () => navigate({ page: 'rule-packs' })
  const version = draft.versions[selected] ?? draft.versions[0]!

  const setVersion = (next: RulePackVersion) =>
    setDraft((current) => ({
      ...current,
      versions: current.versions.map((item, at) => (at === selected ? next : item)),
    }))

  const save = () =>
    attempt(
      async () => {
        await invoke('payroll.rulePacks.save', { ...draft, code: draft.code.trim() })
        back()
      },
      (error) => {
        const problems = error.fieldProblems
        if (problems.length === 0) return setFormError(error.message)
        const found: Record<string, string> = {}
        for (const problem of problems) found[fieldKey(problem.field)] = problem.message
        setErrors(found)
        const at = /^versions\.(\d+)/.exec(fieldKey(problems[0]!.field))
        if (at) setSelected(Number(at[1]))
        const shown = ['code', 'name', 'currency']
        if (!at && !problems.some((problem) => shown.includes(problem.field)))
          setFormError(error.message)
      },
    )

  return (
    <RecordForm
      className="rule-pack-form"
      title={props.pack ? t('rulePacks.editTitle', { code: props.pack.code }) : t('rulePacks.new')}
      formError={formError}
      refusalNotice
      onSubmit={save}
      onCancel={back}
    >
      <div className="field-row">
        <Field label={t('rulePacks.field.code')} error={errors.code} className="narrow">
          <input
            autoFocus={!props.pack}
            readOnly={Boolean(props.pack)}
            value={draft.code}
            onChange={(event) => setDraft({ ...draft, code: event.target.value })}
          />
        </Field>
        <Field label={t('rulePacks.field.name')} error={errors.name} className="grow">
          <input
            dir="auto"
            autoFocus={Boolean(props.pack)}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        </Field>
        <Field label={t('rulePacks.field.currency')} error={errors.currency} className="narrow">
          <input
            value={draft.currency}
            maxLength={3}
            onChange={(event) => setDraft({ ...draft, currency: event.target.value.toUpperCase() })}
          />
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('rulePacks.version')}>
          <select value={selected} onChange={(event) => setSelected(Number(event.target.value))}>
            {draft.versions.map((item, index) => (
              <option key={index} value={index}>
                {t('rulePacks.versionFrom', { date: item.effectiveFrom || '…' })}
              </option>
            ))}
          </select>
        </Field>
        <button
          type="button"
          onClick={() => {
            const copy: RulePackVersion = { ...structuredClone(version), effectiveFrom: today() }
            setDraft({ ...draft, versions: [...draft.versions, copy] })
            setSelected(draft.versions.length)
          }}
        >
          {t('rulePacks.addVersion')}
        </button>
        <button
          type="button"
          disabled={draft.versions.length === 1}
          onClick={() => {
            setDraft({ ...draft, versions: draft.versions.filter((_, at) => at !== selected) })
            setSelected(0)
          }}
        >
          {t('rulePacks.removeVersion')}
        </button>
      </div>
      <RuleVersionEditor
        key={selected}
        version={version}
        path={`versions.${selected}`}
        errors={errors}
        onChange={setVersion}
      />
    </RecordForm>
  )
}
