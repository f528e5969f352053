import type { CompanyContext } from '../company/company-context'

export interface IndexedAccount {
  id: string
  code: string
  archived: boolean
}

/** Every account of the company, read once, by code and by id: imports look up in memory. */
export function accountIndex(ctx: CompanyContext): {
  byCode: Map<string, IndexedAccount>
  byId: Map<string, IndexedAccount>
} {
  const rows = ctx.q.all(ctx.db.selectFrom('account').select(['id', 'code', 'archived']))
  const byCode = new Map<string, IndexedAccount>()
  const byId = new Map<string, IndexedAccount>()
  for (const row of rows) {
    const account = { id: row.id, code: row.code, archived: row.archived === 1n }
    byCode.set(account.code, account)
    byId.set(account.id, account)
  }
  return { byCode, byId }
}
