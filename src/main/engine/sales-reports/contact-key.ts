import { DaftarError, notFound } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'

/** A contact named by its id or its exact name; two contacts of that name must be told apart by id. */
export function resolveContact(ctx: CompanyContext, key: string): { id: string; name: string } {
  const byId = ctx.q.first(
    ctx.db.selectFrom('contact').select(['id', 'name']).where('id', '=', key),
  )
  if (byId) return byId
  const byName = ctx.q.all(
    ctx.db.selectFrom('contact').select(['id', 'name']).where('name', '=', key).limit(2),
  )
  if (byName.length === 2)
    throw new DaftarError('validation', `More than one contact is called ${key}: give its id`, {
      field: 'contact',
    })
  if (byName.length === 0) throw notFound('Contact', key)
  return byName[0]!
}
