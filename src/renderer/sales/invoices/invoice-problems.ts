import type { Translate } from '../../i18n/translate'
import { rateProblemText } from '../currency/currency-fields'
import type { InvoiceProblem } from './invoice-draft'

/** Words for the problems the form finds before sending the invoice. */
export function invoiceProblemText(
  t: Translate,
  decimals: number,
  money: { currency: string; base: string } = { currency: '', base: '' },
) {
  return (problem: InvoiceProblem): string => {
    switch (problem) {
      case 'customer':
        return t('invoice.problem.customer')
      case 'product':
        return t('invoice.problem.product')
      case 'quantity':
        return t('invoice.problem.quantity')
      case 'quantity-zero':
        return t('invoice.problem.quantityZero')
      case 'account':
        return t('invoice.problem.account')
      case 'no-lines':
        return t('invoice.problem.noLines')
      case 'price-too-many-decimals':
        return t('sales.problem.tooManyDecimals', { decimals })
      case 'price-negative':
        return t('sales.problem.negative')
      case 'price-not-a-number':
        return t('sales.problem.amount')
      default:
        return rateProblemText(t, problem, money.currency, money.base)
    }
  }
}
