import { useState } from 'react'
import type { PayComponent, SalaryStructure } from '../../../shared/domain/payroll'
import { Field } from '../../components/field'
import { RecordForm } from '../../components/record-form'
import { formField, useFormRefusal } from '../../components/use-form-fields'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'

const FIELDS = ['code', 'name', 'componentCodes'] as const

/**
 * A salary structure, new or changed: its code, name, and components in payslip order. A change
 * applies to runs calculated from now on; posted runs keep the payslips they were posted with.
 */
export function StructureForm(props: {
  components: PayComponent[]
  structure?: SalaryStructure | null
}) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const editing = props.structure ?? null
  const [code, setCode] = useState(editing?.code ?? '')
  const [name, setName] = useState(editing?.name ?? '')
  const [codes, setCodes] = useState<string[]>(editing?.componentCodes ?? [])
  const [adding, setAdding] = useState('')
  const { errors, setErrors, formError, refuse, attempt } = useFormRefusal(FIELDS)
  const back = () => navigate({ page: 'salary-structures' })
  const available = props.components.filter((component) => !codes.includes(component.code))
  const name_ = (componentCode: string) =>
    props.components.find((component) => component.code === componentCode)?.name ?? ''

  const move = (index: number, by: number) =>
    setCodes((current) => {
      const next = [...current]
      const [item] = next.splice(index, 1)
      next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item!)
      return next
    })
  const add = () => {
    const pick = adding || available[0]?.code
    if (!pick) return
    setCodes((current) => [...current, pick])
    setAdding('')
    setErrors((current) => ({ ...current, componentCodes: '' }))
  }

  const save = () =>
    attempt(
      async () => {
        const input = { code: code.trim(), name: name.trim(), componentCodes: codes }
        if (editing) await invoke('payroll.structures.update', { id: editing.id, ...input })
        else await invoke('payroll.structures.create', input)
        back()
      },
      // A refused component is named by its place in the list ("componentCodes.2"): the list's.
      (error) =>
        refuse(
          error,
          formField(FIELDS, error.field?.replace(/\[\d+\]$/, '').replace(/\.\d+$/, '')),
        ),
    )

  return (
    <RecordForm
      className="structure-form"
      title={editing ? t('structures.editTitle', { code: editing.code }) : t('structures.new')}
      intro={editing ? <p className="muted">{t('structures.editHint')}</p> : null}
      formError={formError}
      refusalNotice
      onSubmit={save}
      onCancel={back}
    >
      <div className="field-row">
        <Field label={t('structures.field.code')} error={errors.code} className="narrow">
          <input autoFocus value={code} onChange={(event) => setCode(event.target.value)} />
        </Field>
        <Field label={t('structures.field.name')} error={errors.name} className="grow">
          <input dir="auto" value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
      </div>
      <table className="grid" aria-label={t('structures.components')}>
        <thead>
          <tr>
            <th className="col-code">#</th>
            <th className="col-code">{t('payComponents.field.code')}</th>
            <th>{t('payComponents.field.name')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {codes.map((componentCode, index) => (
            <tr key={componentCode}>
              <td>{index + 1}</td>
              <td className="mono">{componentCode}</td>
              <td dir="auto">{name_(componentCode)}</td>
              <td>
                <button
                  type="button"
                  aria-label={t('structures.up', { code: componentCode })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('structures.down', { code: componentCode })}
                  disabled={index === codes.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('structures.remove', { code: componentCode })}
                  onClick={() => setCodes((current) => current.filter((c) => c !== componentCode))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="field-row">
        <Field label={t('structures.addComponent')} error={errors.componentCodes}>
          <select value={adding} onChange={(event) => setAdding(event.target.value)}>
            {available.map((component) => (
              <option key={component.id} value={component.code}>
                {component.code} · {component.name}
              </option>
            ))}
          </select>
        </Field>
        {/* Never disabled: a disabled button drops focus out of the form, and Ctrl+S with it. */}
        <button type="button" onClick={add}>
          {t('structures.add')}
        </button>
      </div>
    </RecordForm>
  )
}
