import type { Translate } from '../../i18n/translate'
import { parseDecimal } from '../sales-numbers'
import type { OpenInvoice } from './allocation'
import type { PAYMENT_WORDS } from './payment-side'

export interface PaymentCheck {
  /** Messages by form field: `contactId`, `amount`, `alloc.<id>`, `allocations`, `keepCredit`. */
  problems: Record<string, string>
  allocations: { documentId: string; amount: bigint }[]
}

/**
 * The payment form's own checks before it sends: a contact, an amount that reads, allocations
 * that read and fit their documents and the amount, and the rest kept as credit only when asked.
 */
export function checkPayment(input: {
  contactPicked: boolean
  amount: ReturnType<typeof parseDecimal>
  open: readonly OpenInvoice[]
  allocationText: (index: number, id: string) => string
  keepCredit: boolean
  decimals: number
  locale: string
  words: (typeof PAYMENT_WORDS)[keyof typeof PAYMENT_WORDS]
  t: Translate
}): PaymentCheck {
  const { words, t } = input
  const problems: Record<string, string> = {}
  if (!input.contactPicked) problems.contactId = t(words.pickContact)
  if (!input.amount) problems.amount = t(words.amountRequired)
  else if (!input.amount.ok) problems.amount = t('sales.problem.amount')
  const amountValue = input.amount?.ok ? input.amount.value : 0n
  const allocations: PaymentCheck['allocations'] = []
  input.open.forEach((invoice, index) => {
    const parsed = parseDecimal(
      input.allocationText(index, invoice.id),
      input.decimals,
      input.locale,
    )
    if (parsed && !parsed.ok) problems[`alloc.${invoice.id}`] = t('sales.problem.amount')
    else if (parsed && parsed.value > invoice.outstanding)
      problems[`alloc.${invoice.id}`] = t(words.overDocument)
    else if (parsed && parsed.value > 0n)
      allocations.push({ documentId: invoice.id, amount: parsed.value })
  })
  const allocated = allocations.reduce((sum, item) => sum + item.amount, 0n)
  if (allocated > amountValue && !problems.amount) problems.allocations = t(words.overAllocated)
  else if (allocated < amountValue && !input.keepCredit) problems.keepCredit = t(words.unallocated)
  return { problems, allocations }
}
