import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { createAccount, findAccountByCode } from '../ledger/accounts'

/**
 * Realised exchange gains and losses: one income account, 4950 beside 4900 Other income, so a gain
 * and a loss in the same period net off and the profit and loss shows the net result among other
 * income (a net loss shows as negative income). Made through the chart-of-accounts service the
 * first time a payment or note settles at a rate other than its document's.
 */
export const EXCHANGE_CODE = '4950'

export function exchangeAccountId(ctx: CompanyContext): string {
  const found = findAccountByCode(ctx, EXCHANGE_CODE)
  if (found) {
    if (found.archived)
      throw new DaftarError(
        'validation',
        `Exchange gains and losses post to account ${EXCHANGE_CODE}, which is archived`,
        { field: 'account' },
      )
    return found.id
  }
  const parent = findAccountByCode(ctx, '4000')
  return createAccount(ctx, {
    code: EXCHANGE_CODE,
    name: 'Exchange gains and losses',
    type: 'income',
    parentId: parent && parent.type === 'income' && !parent.archived ? parent.id : null,
  }).id
}
