import { isIsoDate } from '../../../shared/dates'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from './company-context'

/** Closes the books up to and including `date`: nothing may be posted on or before it. */
export function setLockDate(ctx: CompanyContext, date: string | null): void {
  if (date !== null && !isIsoDate(date))
    throw validationError('lockDate', `${date} is not a real date (YYYY-MM-DD)`)
  ctx.transaction(() => {
    const { id } = ctx.settings()
    ctx.q.run(ctx.db.updateTable('company').set({ lock_date: date }).where('id', '=', id))
    ctx.changes.append('company', id, 'update', { lockDate: date })
  })
}
