import { useState, type ReactNode } from 'react'
import { asRpcError, type RpcError } from '../api/rpc-error'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'

/** `field` when it is one of the form's `fields`. */
export function formField<F extends string>(fields: readonly F[], field: string | undefined) {
  return fields.find((item) => item === field)
}

/**
 * A payroll form's refusals: each under the field it names, or above the form. `attempt` clears
 * the last ones, runs `save` and answers what it answered, or hands a refusal to `refused` and
 * answers null.
 */
export function useFormErrors<F extends string>() {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const clear = () => {
    setErrors({})
    setFormError(null)
  }
  /** The engine's refusal under `field`, or above the form when it names none of the form's. */
  const refuse = (error: RpcError, field: F | undefined) => {
    if (field) setErrors({ [field]: error.message } as Partial<Record<F, string>>)
    else setFormError(error.message)
  }
  const attempt = async <T,>(save: () => Promise<T>, refused: (error: RpcError) => void) => {
    clear()
    try {
      return await save()
    } catch (caught) {
      refused(asRpcError(caught))
      return null
    }
  }
  return { errors, setErrors, formError, setFormError, clear, refuse, attempt }
}

/**
 * A payroll form: its title, `intro`, the refusal above the fields, then Save and Cancel. Enter
 * in a field or Ctrl+S saves; Escape cancels.
 */
export function PayrollForm(props: {
  className: string
  title: ReactNode
  intro?: ReactNode
  formError: string | null
  onSave: () => Promise<unknown>
  onCancel: () => void
  children: ReactNode
}) {
  const { t } = useI18n()
  return (
    <form
      className={`card ${props.className}`}
      onSubmit={(event) => {
        event.preventDefault()
        void props.onSave()
      }}
      noValidate
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault()
          void props.onSave()
        } else if (event.key === 'Escape') props.onCancel()
      }}
    >
      <h2>{props.title}</h2>
      {props.intro}
      {props.formError ? <Notice tone="error">{props.formError}</Notice> : null}
      {props.children}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('payroll.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('payroll.cancel')}
        </button>
      </div>
    </form>
  )
}
