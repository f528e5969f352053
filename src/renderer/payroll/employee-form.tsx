import { useState, type FormEvent } from 'react'
import { today } from '../../shared/dates'
import type {
  Department,
  Employee,
  PayFrequency,
  SalaryStructure,
} from '../../shared/domain/payroll'
import { PAY_FREQUENCIES } from '../../shared/domain/payroll'
import { asRpcError } from '../api/rpc-error'
import { Field } from '../components/field'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import { DepartmentAdder } from './department-adder'

const TEXT_FIELDS = [
  'code',
  'name',
  'startDate',
  'bankName',
  'bankAccount',
  'taxId',
  'socialInsuranceNo',
  'email',
] as const
const FIELDS = [
  ...TEXT_FIELDS,
  'departmentId',
  'payFrequency',
  'dependants',
  'structureId',
  'effectiveFrom',
  'base',
] as const
type FormField = (typeof FIELDS)[number]
/** The ready standard structure, made on first use. */
const STANDARD = 'standard'
type Values = Record<FormField, string>

function initial(employee: Employee | null, departments: Department[]): Values {
  return {
    code: employee?.code ?? '',
    name: employee?.name ?? '',
    startDate: employee?.startDate ?? today(),
    bankName: employee?.bankName ?? '',
    bankAccount: employee?.bankAccount ?? '',
    taxId: employee?.taxId ?? '',
    socialInsuranceNo: employee?.socialInsuranceNo ?? '',
    email: employee?.email ?? '',
    departmentId: employee?.departmentId ?? departments[0]?.id ?? '',
    payFrequency: employee?.payFrequency ?? 'monthly',
    dependants: String(employee?.dependants ?? 0),
    structureId: '',
    effectiveFrom: employee?.startDate ?? today(),
    base: '',
  }
}

/** Adds or edits an employee and, when a structure is picked, assigns it; errors by the field. */
export function EmployeeForm(props: {
  employee: Employee | null
  departments: Department[]
  structures: SalaryStructure[]
  onDepartmentAdded: () => void
}) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const [values, setValues] = useState<Values>(() => initial(props.employee, props.departments))
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  // Once saved here, later saves update that employee (a refused assignment keeps the form open).
  const [savedId, setSavedId] = useState(props.employee?.id)
  const set = (field: FormField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }

  const save = async (event?: FormEvent) => {
    event?.preventDefault()
    setErrors({})
    setFormError(null)
    const dependants = Number(values.dependants || '0')
    if (!Number.isInteger(dependants) || dependants < 0)
      return setErrors({ dependants: t('payroll.problem.wholeNumber') })
    const fail = (caught: unknown, fallback?: FormField) => {
      const error = asRpcError(caught)
      const field = FIELDS.find((item) => item === error.field) ?? fallback
      if (field) setErrors({ [field]: error.message })
      else setFormError(error.message)
    }
    let saved: Employee
    try {
      saved = await invoke('payroll.employees.save', {
        id: savedId,
        ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, values[field].trim()])),
        code: values.code.trim(),
        name: values.name.trim(),
        startDate: values.startDate,
        departmentId: values.departmentId,
        payFrequency: values.payFrequency as PayFrequency,
        dependants,
      })
      setSavedId(saved.id)
    } catch (caught) {
      return fail(caught)
    }
    if (values.structureId) {
      try {
        const structureId =
          values.structureId === STANDARD
            ? (await invoke('payroll.structures.standard', {})).id
            : values.structureId
        await invoke('payroll.structures.assign', {
          employeeId: saved.id,
          structureId,
          effectiveFrom: values.effectiveFrom,
          base: values.base.trim(),
        })
      } catch (caught) {
        return fail(caught, 'base')
      }
    }
    navigate({ page: 'employees' })
  }

  const text = (field: FormField, className?: string, type = 'text') => (
    <Field
      label={t(`employees.field.${field}` as const)}
      error={errors[field]}
      className={className}
    >
      <input
        type={type}
        dir={type === 'text' ? 'auto' : undefined}
        autoFocus={field === 'code'}
        value={values[field]}
        onChange={(event) => set(field, event.target.value)}
      />
    </Field>
  )
  return (
    <form
      className="card employee-form"
      onSubmit={save}
      noValidate
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault()
          void save()
        } else if (event.key === 'Escape') navigate({ page: 'employees' })
      }}
    >
      <h2>
        {props.employee
          ? t('employees.editTitle', { code: props.employee.code })
          : t('employees.new')}
      </h2>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="field-row">
        {text('code', 'narrow')}
        {text('name', 'grow')}
      </div>
      <div className="field-row">
        <Field label={t('employees.field.departmentId')} error={errors.departmentId}>
          <select
            value={values.departmentId}
            onChange={(event) => set('departmentId', event.target.value)}
          >
            {props.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.code} · {department.name}
              </option>
            ))}
          </select>
        </Field>
        {text('startDate', 'narrow', 'date')}
        <Field label={t('employees.field.payFrequency')} error={errors.payFrequency}>
          <select
            value={values.payFrequency}
            onChange={(event) => set('payFrequency', event.target.value)}
          >
            {PAY_FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`frequency.${frequency}`)}
              </option>
            ))}
          </select>
        </Field>
        {text('dependants', 'narrow', 'number')}
      </div>
      {props.departments.length === 0 ? (
        <DepartmentAdder
          onAdded={(id) => {
            set('departmentId', id)
            props.onDepartmentAdded()
          }}
        />
      ) : null}
      <div className="field-row">
        {text('bankName')}
        {text('bankAccount')}
        {text('taxId')}
        {text('socialInsuranceNo')}
      </div>
      <fieldset className="field-row">
        <legend>{t('employees.structure')}</legend>
        <Field label={t('employees.field.structureId')} error={errors.structureId}>
          <select
            value={values.structureId}
            onChange={(event) => set('structureId', event.target.value)}
          >
            <option value="">{t('employees.noStructure')}</option>
            {props.structures.some((structure) => structure.code === 'STANDARD') ? null : (
              <option value={STANDARD}>{t('employees.standardStructure')}</option>
            )}
            {props.structures.map((structure) => (
              <option key={structure.id} value={structure.id}>
                {structure.code} · {structure.name}
              </option>
            ))}
          </select>
        </Field>
        {values.structureId ? text('effectiveFrom', 'narrow', 'date') : null}
        {values.structureId ? text('base', 'narrow') : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('payroll.save')}
        </button>
        <button type="button" onClick={() => navigate({ page: 'employees' })}>
          {t('payroll.cancel')}
        </button>
      </div>
    </form>
  )
}
