import { useState } from 'react'
import { today } from '../../shared/dates'
import type {
  Department,
  Employee,
  PayFrequency,
  SalaryStructure,
} from '../../shared/domain/payroll'
import { PAY_FREQUENCIES } from '../../shared/domain/payroll'
import { Field } from '../components/field'
import { RecordForm } from '../components/record-form'
import { formField, useFormFields } from '../components/use-form-fields'
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
  const { values, set, errors, setErrors, formError, clear, refuse, attempt } = useFormFields(
    FIELDS,
    () => initial(props.employee, props.departments),
  )
  // Once saved here, later saves update that employee (a refused assignment keeps the form open).
  const [savedId, setSavedId] = useState(props.employee?.id)

  const save = async () => {
    const dependants = Number(values.dependants || '0')
    if (!Number.isInteger(dependants) || dependants < 0) {
      clear()
      return setErrors({ dependants: t('payroll.problem.wholeNumber') })
    }
    const saved = await attempt(() =>
      invoke('payroll.employees.save', {
        id: savedId,
        ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, values[field].trim()])),
        code: values.code.trim(),
        name: values.name.trim(),
        startDate: values.startDate,
        departmentId: values.departmentId,
        payFrequency: values.payFrequency as PayFrequency,
        dependants,
      }),
    )
    if (!saved) return
    setSavedId(saved.id)
    if (values.structureId) {
      const assigned = await attempt(
        async () => {
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
          return true
        },
        (error) => refuse(error, formField(FIELDS, error.field) ?? 'base'),
      )
      if (!assigned) return
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
    <RecordForm
      className="employee-form"
      title={
        props.employee
          ? t('employees.editTitle', { code: props.employee.code })
          : t('employees.new')
      }
      formError={formError}
      refusalNotice
      onSubmit={save}
      onCancel={() => navigate({ page: 'employees' })}
    >
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
    </RecordForm>
  )
}
