import { useState } from 'react'
import { asRpcError } from '../api/rpc-error'

/**
 * A record form's refusals: each under the field it names, or above the form. `attempt` clears
 * the last ones and runs `save`; the engine's refusal lands under its field when that is one of
 * the form's `fields`, else above the form.
 */
export function useFormRefusal<F extends string>(fields: readonly F[]) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const attempt = async (save: () => Promise<void>) => {
    setErrors({})
    setFormError(null)
    try {
      await save()
    } catch (caught) {
      const error = asRpcError(caught)
      const field = fields.find((item) => item === error.field)
      if (field) setErrors({ [field]: error.message } as Partial<Record<F, string>>)
      else setFormError(error.message)
    }
  }
  return { errors, setErrors, formError, attempt }
}

/** A record form's values as typed, by field; typing in a field clears its error. */
export function useFormFields<F extends string>(
  fields: readonly F[],
  initial: () => Record<F, string>,
) {
  const refusal = useFormRefusal(fields)
  const [values, setValues] = useState(initial)
  const set = (field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    refusal.setErrors((current) => ({ ...current, [field]: undefined }))
  }
  return { ...refusal, values, set }
}
