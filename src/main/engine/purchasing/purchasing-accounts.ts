import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { findAccountByCode } from '../ledger/accounts'
import { controlAccountCode, controlAccountMessage } from '../ledger/control-accounts'

/** The payables control account: the standard chart's 2100. */
export const PAYABLES_CODE = '2100'
/** Where a stocked product's purchase goes: receipts credit it, so receipt and bill clear. */
export const GOODS_RECEIVED_CODE = '2150'

export function payablesAccountId(ctx: CompanyContext): string {
  return controlAccount(ctx, PAYABLES_CODE, 'Purchases post to the payables account')
}

export function goodsReceivedAccountId(ctx: CompanyContext): string {
  return controlAccount(
    ctx,
    GOODS_RECEIVED_CODE,
    'Stocked products are bought into goods received not invoiced,',
  )
}

function controlAccount(ctx: CompanyContext, code: string, why: string): string {
  const account = findAccountByCode(ctx, code)
  if (!account || account.archived)
    throw new DaftarError('validation', `${why} ${code}, which is missing or archived`, {
      field: 'account',
    })
  return account.id
}

/**
 * The receivables, payables and inventory control accounts hold only what their documents put
 * there, so each equals its sub-ledger: a purchase line or a payment's bank account may not be one.
 */
export function refuseControlAccount(ctx: CompanyContext, accountId: string, field: string): void {
  const code = controlAccountCode(ctx, accountId)
  if (code) throw validationError(field, controlAccountMessage(code))
}
