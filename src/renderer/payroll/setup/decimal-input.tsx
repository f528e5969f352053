import type { InputHTMLAttributes } from 'react'

/** A decimal figure of a rule pack (a rate, a top, an allowance): monospace, left to right. */
export function DecimalInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input className="mono" dir="ltr" inputMode="decimal" {...props} />
}
