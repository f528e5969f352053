import { describe, expect, it } from 'vitest'
import { createTranslate } from '../../src/renderer/i18n/translate'
import { en } from '../../src/renderer/i18n/en'
import type { OpenInvoice } from '../../src/renderer/sales/payments/allocation'
import { checkPayment } from '../../src/renderer/sales/payments/payment-check'
import { PAYMENT_WORDS } from '../../src/renderer/sales/payments/payment-side'
import { parseDecimal } from '../../src/renderer/sales/sales-numbers'

const open: OpenInvoice[] = [
  { id: 'a', number: 'INV-1', date: '2024-01-01', dueDate: '2024-01-31', outstanding: 20000n },
  { id: 'b', number: 'INV-2', date: '2024-02-01', dueDate: '2024-02-29', outstanding: 5000n },
]
const words = PAYMENT_WORDS.customer

function check(amount: string, allocations: Record<string, string>, keepCredit = false) {
  return checkPayment({
    contactPicked: true,
    amount: parseDecimal(amount, 2, 'en'),
    open,
    allocationText: (_index, id) => allocations[id] ?? '',
    keepCredit,
    decimals: 2,
    locale: 'en',
    words,
    t: createTranslate('en'),
  })
}

describe('the payment form checks', () => {
  it('sends the allocations that read, and keeps the rest as credit only when asked', () => {
    expect(check('250.00', { a: '200', b: '50' })).toEqual({
      problems: {},
      allocations: [
        { documentId: 'a', amount: 20000n },
        { documentId: 'b', amount: 5000n },
      ],
    })
    expect(check('300', { a: '200' }).problems).toEqual({ keepCredit: en[words.unallocated] })
    expect(check('300', { a: '200' }, true).problems).toEqual({})
  })

  it('names each field at fault', () => {
    expect(check('100', { a: '10x', b: '60' }).problems).toEqual({
      'alloc.a': en['sales.problem.amount'],
      'alloc.b': en[words.overDocument],
      keepCredit: en[words.unallocated],
    })
    expect(check('100', { a: '150' }).problems).toEqual({ allocations: en[words.overAllocated] })
    const nobody = checkPayment({
      ...{ open: [], allocationText: () => '', keepCredit: false, decimals: 2, locale: 'en' },
      contactPicked: false,
      amount: parseDecimal('', 2, 'en'),
      words,
      t: createTranslate('en'),
    })
    expect(nobody.problems).toEqual({
      contactId: en[words.pickContact],
      amount: en[words.amountRequired],
    })
  })
})
