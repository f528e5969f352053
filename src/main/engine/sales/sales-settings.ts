import type { SalesSettings } from '../../../shared/domain/sales'
import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { findAccountByCode } from '../ledger/accounts'

/** The receivables control account: the standard chart's 1200. */
export const RECEIVABLES_CODE = '1200'

export function salesSettings(ctx: CompanyContext): SalesSettings {
  const row = ctx.q.first(
    ctx.db.selectFrom('company').select(['tax_rounding', 'credit_limit_policy']),
  )
  return { taxRounding: row!.tax_rounding, creditLimitPolicy: row!.credit_limit_policy }
}

export function setSalesSettings(
  ctx: CompanyContext,
  settings: Partial<SalesSettings>,
): SalesSettings {
  ctx.transaction(() => {
    const { id } = ctx.settings()
    ctx.q.run(
      ctx.db
        .updateTable('company')
        .set({
          ...(settings.taxRounding ? { tax_rounding: settings.taxRounding } : {}),
          ...(settings.creditLimitPolicy
            ? { credit_limit_policy: settings.creditLimitPolicy }
            : {}),
        })
        .where('id', '=', id),
    )
    ctx.changes.append('company', id, 'update', settings)
  })
  return salesSettings(ctx)
}

export function receivablesAccountId(ctx: CompanyContext): string {
  const account = findAccountByCode(ctx, RECEIVABLES_CODE)
  if (!account || account.archived)
    throw new DaftarError(
      'validation',
      `Sales post to the receivables account ${RECEIVABLES_CODE}, which is missing or archived`,
      { field: 'account' },
    )
  return account.id
}
