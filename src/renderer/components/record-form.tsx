import type { FormEvent, ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-context'

/**
 * The frame of a form that adds or edits one record: its title, the engine's refusal above the
 * fields, then the submit button and Cancel. Enter in a field or Ctrl+S submits; Escape cancels.
 */
export function RecordForm(props: {
  title: ReactNode
  formError: string | null
  /** The submit button's word; Save when not given. */
  submitLabel?: string
  onSubmit: () => void
  onCancel: () => void
  children: ReactNode
}) {
  const { t } = useI18n()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    props.onSubmit()
  }
  return (
    <form
      className="card account-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') submit(event)
        else if (event.key === 'Escape') props.onCancel()
      }}
      noValidate
    >
      <h2>{props.title}</h2>
      {props.formError ? <div className="field-error form-error">{props.formError}</div> : null}
      {props.children}
      <div className="actions">
        <button type="submit" className="primary">
          {props.submitLabel ?? t('action.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  )
}
