import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { findAccountByCode } from '../ledger/accounts'
import { RECEIVABLES_CODE } from '../sales/sales-settings'

/** The payables control account: the standard chart's 2100. */
export const PAYABLES_CODE = '2100'
/** Where a stocked product's purchase goes until inventory valuation takes it over. */
export const INVENTORY_CODE = '1300'

export function payablesAccountId(ctx: CompanyContext): string {
  return controlAccount(ctx, PAYABLES_CODE, 'Purchases post to the payables account')
}

export function inventoryAccountId(ctx: CompanyContext): string {
  return controlAccount(
    ctx,
    INVENTORY_CODE,
    'Stocked products are bought into the inventory account',
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
 * The receivables and payables control accounts hold only what documents and payments put there,
 * so the ageing equals their balance: a purchase line or a payment's bank account may not be one.
 */
export function refuseControlAccount(ctx: CompanyContext, accountId: string, field: string): void {
  for (const code of [PAYABLES_CODE, RECEIVABLES_CODE]) {
    if (findAccountByCode(ctx, code)?.id === accountId)
      throw validationError(
        field,
        `Account ${code} is a control account: bills, debit notes and payments keep it themselves`,
      )
  }
}
