import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'

/**
 * Puts a contact in a customer group (null takes it out). A contact belongs to one group at most;
 * an archived group cannot take new members. The caller's transaction holds it.
 */
export function setContactGroup(
  ctx: CompanyContext,
  contactId: string,
  groupId: string | null,
): void {
  if (groupId) {
    const group = ctx.q.first(
      ctx.db.selectFrom('customer_group').select(['name', 'archived']).where('id', '=', groupId),
    )
    if (!group) throw validationError('customerGroupId', 'Choose a customer group that exists')
    const current = ctx.q.first(
      ctx.db
        .selectFrom('customer_group_member')
        .select('group_id')
        .where('contact_id', '=', contactId),
    )
    if (group.archived === 1n && current?.group_id !== groupId)
      throw validationError('customerGroupId', `The customer group ${group.name} is archived`)
  }
  ctx.q.run(ctx.db.deleteFrom('customer_group_member').where('contact_id', '=', contactId))
  if (groupId)
    ctx.q.run(
      ctx.db
        .insertInto('customer_group_member')
        .values({ contact_id: contactId, group_id: groupId }),
    )
}
