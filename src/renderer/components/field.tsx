import { useId, type ReactElement, type ReactNode } from 'react'
import { cloneElement } from 'react'

/** A labelled control with its error, if any, right below it (and announced with it). */
export function Field(props: {
  label: ReactNode
  error?: string | null
  hint?: ReactNode
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>
  className?: string
}) {
  const id = useId()
  const errorId = `${id}-error`
  const control = cloneElement(props.children, {
    id,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? errorId : undefined,
  })
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {control}
      {props.error ? (
        <div className="field-error" id={errorId} role="alert">
          {props.error}
        </div>
      ) : props.hint ? (
        <div className="field-hint">{props.hint}</div>
      ) : null}
    </div>
  )
}
