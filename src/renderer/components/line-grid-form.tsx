import type { ReactNode } from 'react'
import { Field } from './field'
import { Notice } from './notice'
import type { FormNotice } from './use-form-lines'

/** What a document form with a line grid says after a save or a post, or why it could not. */
export function LineFormNotice<Ref>(props: {
  notice: FormNotice<Ref> | null
  /** The posted document's number and a link to it. */
  posted: (ref: Ref) => ReactNode
  saved: string
}) {
  const { notice } = props
  if (!notice) return null
  if (notice.tone === 'error') return <Notice tone="error">{notice.message}</Notice>
  return (
    <Notice tone="success">
      {notice.kind === 'posted' ? props.posted(notice.ref) : props.saved}
    </Notice>
  )
}

/** The buttons under a line grid; their shortcuts are the form's (useFormShortcuts). */
export function LineFormActions(props: {
  busy: boolean
  post: string
  saveDraft: string
  addLine: string
  /** Clear, where the form may start over. */
  clear?: string
  onPost: () => void
  onSaveDraft: () => void
  onAddLine: () => void
  onClear?: () => void
}) {
  return (
    <div className="actions entry-actions">
      <button type="button" className="primary" disabled={props.busy} onClick={props.onPost}>
        {props.post} <kbd>Ctrl+Enter</kbd>
      </button>
      <button type="button" disabled={props.busy} onClick={props.onSaveDraft}>
        {props.saveDraft} <kbd>Ctrl+S</kbd>
      </button>
      <button type="button" onClick={props.onAddLine}>
        {props.addLine}
      </button>
      {props.clear ? (
        <button type="button" className="quiet" onClick={props.onClear}>
          {props.clear}
        </button>
      ) : null}
    </div>
  )
}

/**
 * A field in the head of a form with a line grid (date, reference, memo): its value, error and
 * `data-field` name (for Enter) are the form's `field`; a date, or text in either direction.
 */
export function HeadInput<F extends string>(props: {
  form: {
    draft: Record<F, string>
    errors: Readonly<Record<string, string>>
    setHeader: (field: F, value: string) => void
  }
  field: F
  label: string
  className: 'narrow' | 'grow'
  date?: boolean
  required?: boolean
  hint?: ReactNode
}) {
  const { form, field } = props
  return (
    <Field
      label={props.label}
      error={form.errors[field]}
      hint={props.hint}
      className={props.className}
    >
      <input
        type={props.date ? 'date' : undefined}
        data-field={field}
        required={props.required}
        dir={props.date ? undefined : 'auto'}
        autoComplete={props.date ? undefined : 'off'}
        value={form.draft[field]}
        onChange={(event) => form.setHeader(field, event.target.value)}
      />
    </Field>
  )
}
