import { DaftarError, notFound, validationError } from '../../../shared/errors'
import { ACCOUNT_TYPES, type Account, type AccountType } from '../../../shared/domain/ledger'
import type { AccountTable } from '../db/schema'
import type { CompanyContext } from '../company/company-context'
import { newId, nowIso } from '../ids'

export interface AccountInput {
  code: string
  name: string
  type: AccountType
  parentId?: string | null
}

export function toAccount(row: AccountTable): Account {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    parentId: row.parent_id,
    archived: row.archived === 1n,
  }
}

export function listAccounts(ctx: CompanyContext): Account[] {
  return ctx.q.all(ctx.db.selectFrom('account').selectAll().orderBy('code')).map(toAccount)
}

export function getAccount(ctx: CompanyContext, id: string): Account {
  const row = ctx.q.first(ctx.db.selectFrom('account').selectAll().where('id', '=', id))
  if (!row) throw notFound('Account', id)
  return toAccount(row)
}

export function findAccountByCode(ctx: CompanyContext, code: string): Account | undefined {
  return chartOfAccounts(ctx).byCode.get(code)
}

/** Every account by id and by code: postings look up their control accounts and check the rest. */
export interface ChartIndex {
  byId: ReadonlyMap<string, Readonly<Account>>
  byCode: ReadonlyMap<string, Readonly<Account>>
}

/** The chart as one index, read once and kept until an account changes (see `StableRows`). */
export function chartOfAccounts(ctx: CompanyContext): ChartIndex {
  return ctx.stable.get('chart', () => {
    const accounts = (ctx.q.prepare('SELECT * FROM account').all() as AccountTable[]).map((row) =>
      Object.freeze(toAccount(row)),
    )
    return {
      byId: new Map(accounts.map((account) => [account.id, account])),
      byCode: new Map(accounts.map((account) => [account.code, account])),
    }
  })
}

export function createAccount(ctx: CompanyContext, input: AccountInput): Account {
  return ctx.transaction(() => {
    const clean = validateAccount(ctx, input, null)
    const now = nowIso()
    const row: AccountTable = {
      id: newId(),
      code: clean.code,
      name: clean.name,
      type: clean.type,
      parent_id: clean.parentId ?? null,
      archived: 0n,
      created_at: now,
      updated_at: now,
    }
    ctx.q.run(ctx.db.insertInto('account').values(row))
    const account = toAccount(row)
    ctx.changes.append('account', account.id, 'create', account)
    return account
  })
}

export function updateAccount(ctx: CompanyContext, id: string, input: AccountInput): Account {
  return ctx.transaction(() => {
    const before = getAccount(ctx, id)
    const clean = validateAccount(ctx, input, id)
    if (clean.type !== before.type && accountIsUsed(ctx, id)) {
      throw validationError('type', `Account ${before.code} has postings; its type cannot change`)
    }
    ctx.q.run(
      ctx.db
        .updateTable('account')
        .set({
          code: clean.code,
          name: clean.name,
          type: clean.type,
          parent_id: clean.parentId ?? null,
          updated_at: nowIso(),
        })
        .where('id', '=', id),
    )
    const after = getAccount(ctx, id)
    ctx.changes.append('account', id, 'update', after)
    return after
  })
}

/** Used accounts are archived, never deleted: they stay in reports but take no new postings. */
export function setAccountArchived(ctx: CompanyContext, id: string, archived: boolean): Account {
  return ctx.transaction(() => {
    getAccount(ctx, id)
    ctx.q.run(
      ctx.db
        .updateTable('account')
        .set({ archived: archived ? 1n : 0n, updated_at: nowIso() })
        .where('id', '=', id),
    )
    const after = getAccount(ctx, id)
    ctx.changes.append('account', id, archived ? 'archive' : 'unarchive', after)
    return after
  })
}

/** An account no entry has used yet can be deleted outright; a used one can only be archived. */
export function deleteAccount(ctx: CompanyContext, id: string): void {
  ctx.transaction(() => {
    const account = getAccount(ctx, id)
    if (accountIsUsed(ctx, id)) {
      throw new DaftarError(
        'account-in-use',
        `Account ${account.code} has entries: archive it instead`,
        { id },
      )
    }
    if (ctx.q.first(ctx.db.selectFrom('account').select('id').where('parent_id', '=', id))) {
      throw new DaftarError('account-in-use', `Account ${account.code} has sub-accounts`, { id })
    }
    ctx.q.run(ctx.db.deleteFrom('account').where('id', '=', id))
    ctx.changes.append('account', id, 'delete', account)
  })
}

export function accountIsUsed(ctx: CompanyContext, id: string): boolean {
  return !!ctx.q.first(
    ctx.db.selectFrom('journal_line').select('entry_id').where('account_id', '=', id).limit(1),
  )
}

function validateAccount(
  ctx: CompanyContext,
  input: AccountInput,
  selfId: string | null,
): AccountInput {
  const code = input.code.trim()
  const name = input.name.trim()
  if (!code) throw validationError('code', 'The account code is required')
  if (!name) throw validationError('name', 'The account name is required')
  if (!ACCOUNT_TYPES.includes(input.type)) {
    throw validationError('type', `Account type must be one of ${ACCOUNT_TYPES.join(', ')}`)
  }
  const clash = findAccountByCode(ctx, code)
  if (clash && clash.id !== selfId)
    throw new DaftarError('duplicate', `Account code ${code} is already used by ${clash.name}`, {
      field: 'code',
    })
  const parentId = input.parentId || null
  if (parentId) {
    let cursor: string | null = parentId
    while (cursor) {
      if (cursor === selfId)
        throw validationError('parentId', 'An account cannot be placed under itself')
      cursor = getAccount(ctx, cursor).parentId
    }
  }
  return { code, name, type: input.type, parentId }
}
