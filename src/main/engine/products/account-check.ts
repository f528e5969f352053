import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { chartOfAccounts } from '../ledger/accounts'

/** An account a record will post to: it must exist and not be archived. */
export function requireLiveAccount(ctx: CompanyContext, id: string, field: string): void {
  const account = chartOfAccounts(ctx).byId.get(id)
  if (!account) throw validationError(field, 'Choose an account')
  if (account.archived) throw validationError(field, `Account ${account.code} is archived`)
}
