import type { FormEvent, ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { Notice } from './notice'

/**
 * The frame of a form that adds or edits one record: its title, `intro`, the engine's refusal
 * above the fields, then the submit button and Cancel. Enter in a field or Ctrl+S submits; Escape
 * cancels.
 */
export function RecordForm(props: {
  title: ReactNode
  intro?: ReactNode
  /** Added to the card's classes. */
  className?: string
  formError: string | null
  /** The refusal as an announced notice (a form that is the whole page) rather than a red line. */
  refusalNotice?: boolean
  /** The submit button's word; Save when not given. */
  submitLabel?: string
  onSubmit: () => unknown
  onCancel: () => void
  children: ReactNode
}) {
  const { t } = useI18n()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void props.onSubmit()
  }
  const refusal = !props.formError ? null : props.refusalNotice ? (
    <Notice tone="error">{props.formError}</Notice>
  ) : (
    <div className="field-error form-error">{props.formError}</div>
  )
  return (
    <form
      className={`card account-form ${props.className ?? ''}`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') submit(event)
        else if (event.key === 'Escape') props.onCancel()
      }}
      noValidate
    >
      <h2>{props.title}</h2>
      {props.intro}
      {refusal}
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
