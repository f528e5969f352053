import { useState } from 'react'
import { Field } from '../components/field'
import { useFormRefusal } from '../components/use-form-fields'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'

const FIELDS = ['code', 'name'] as const

/** Adds a department from inside the employee form, keeping what was typed there. */
export function DepartmentAdder(props: { onAdded: (id: string) => void }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const { errors, refuse, attempt } = useFormRefusal(FIELDS)
  const add = () =>
    attempt(
      async () => {
        const department = await invoke('payroll.departments.create', { code, name })
        setCode('')
        setName('')
        props.onAdded(department.id)
      },
      (error) => refuse(error, error.field === 'code' ? 'code' : 'name'),
    )
  return (
    <fieldset className="field-row department-adder">
      <legend>{t('employees.newDepartment')}</legend>
      <Field label={t('employees.department.code')} error={errors.code} className="narrow">
        <input value={code} onChange={(event) => setCode(event.target.value)} />
      </Field>
      <Field label={t('employees.department.name')} error={errors.name} className="grow">
        <input dir="auto" value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      <button type="button" onClick={add}>
        {t('employees.department.add')}
      </button>
    </fieldset>
  )
}
