import { useState } from 'react'
import { asRpcError, type RpcError } from '../api/rpc-error'

/** `field` when it is one of the form's `fields`. */
export function formField<F extends string>(fields: readonly F[], field: string | undefined) {
  return fields.find((item) => item === field)
}

/**
 * A record form's refusals: each under the field it names, or above the form. `attempt` clears
 * the last ones, runs `save` and answers what it answered, or answers null after handing the
 * refusal to `refused` (by default: under its field when that is one of the form's `fields`, else
 * above the form).
 */
export function useFormRefusal<F extends string>(fields: readonly F[]) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const clear = () => {
    setErrors({})
    setFormError(null)
  }
  /** The engine's refusal under `field`, or above the form when it names none of the form's. */
  const refuse = (error: RpcError, field: F | undefined = formField(fields, error.field)) => {
    if (field) setErrors({ [field]: error.message } as Partial<Record<F, string>>)
    else setFormError(error.message)
  }
  const attempt = async <T>(
    save: () => Promise<T>,
    refused: (error: RpcError) => void = (error) => refuse(error),
  ) => {
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
