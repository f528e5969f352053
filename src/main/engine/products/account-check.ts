import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'

/** An account a record will post to: it must exist and not be archived. */
export function requireLiveAccount(ctx: CompanyContext, id: string, field: string): void {
  const row = ctx.q.first(
    ctx.db.selectFrom('account').select(['code', 'archived']).where('id', '=', id),
  )
  if (!row) throw validationError(field, 'Choose an account')
  if (row.archived === 1n) throw validationError(field, `Account ${row.code} is archived`)
}
