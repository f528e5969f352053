import { useState } from 'react'
import { asRpcError } from '../api/rpc-error'
import { Field } from '../components/field'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'

/** Adds a department from inside the employee form, keeping what was typed there. */
export function DepartmentAdder(props: { onAdded: (id: string) => void }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [error, setError] = useState<{ field?: string; message: string } | null>(null)
  const add = async () => {
    setError(null)
    try {
      const department = await invoke('payroll.departments.create', { code, name })
      setCode('')
      setName('')
      props.onAdded(department.id)
    } catch (caught) {
      const rpc = asRpcError(caught)
      setError({ field: rpc.field, message: rpc.message })
    }
  }
  return (
    <fieldset className="field-row department-adder">
      <legend>{t('employees.newDepartment')}</legend>
      <Field
        label={t('employees.department.code')}
        error={error?.field === 'code' ? error.message : null}
        className="narrow"
      >
        <input value={code} onChange={(event) => setCode(event.target.value)} />
      </Field>
      <Field
        label={t('employees.department.name')}
        error={error && error.field !== 'code' ? error.message : null}
        className="grow"
      >
        <input dir="auto" value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      <button type="button" onClick={add}>
        {t('employees.department.add')}
      </button>
    </fieldset>
  )
}
