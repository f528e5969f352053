import type { KeyboardEvent } from 'react'

/** The payment form's fields in the order Enter walks them. */
export const PAYMENT_FIELD_ORDER = [
  'contactId',
  'amount',
  'accountId',
  'date',
  'reference',
  'memo',
] as const

/** Enter moves to the next field and sends from the last; Ctrl+Enter sends from anywhere. */
export function paymentKeys(focus: (field: string) => void, submit: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.altKey || event.shiftKey) return
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault()
      submit()
      return
    }
    const field = (event.target as HTMLElement).dataset
      .field as (typeof PAYMENT_FIELD_ORDER)[number]
    const index = PAYMENT_FIELD_ORDER.indexOf(field)
    if (index < 0) return
    event.preventDefault()
    const next = PAYMENT_FIELD_ORDER[index + 1]
    if (next) focus(next)
    else submit()
  }
}
