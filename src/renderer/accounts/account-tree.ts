import type { Account } from '../../shared/domain/ledger'

export interface AccountTreeRow {
  account: Account
  depth: number
  hasChildren: boolean
}

/**
 * The chart as the rows of a tree, each parent before its children, siblings by code. An account
 * whose parent is missing shows at the top. With `hideArchived`, an archived account is left out
 * unless a live account sits below it.
 */
export function accountTreeRows(
  accounts: readonly Account[],
  options: { hideArchived?: boolean } = {},
): AccountTreeRow[] {
  const ids = new Set(accounts.map((account) => account.id))
  const children = new Map<string | null, Account[]>()
  for (const account of accounts) {
    const parent = account.parentId && ids.has(account.parentId) ? account.parentId : null
    const list = children.get(parent) ?? []
    list.push(account)
    children.set(parent, list)
  }
  for (const list of children.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1))

  const rows: AccountTreeRow[] = []
  const visit = (account: Account, depth: number, seen: Set<string>): boolean => {
    if (seen.has(account.id)) return false
    seen.add(account.id)
    const row: AccountTreeRow = {
      account,
      depth,
      hasChildren: (children.get(account.id) ?? []).length > 0,
    }
    const at = rows.length
    rows.push(row)
    let liveBelow = false
    for (const child of children.get(account.id) ?? []) {
      if (visit(child, depth + 1, seen)) liveBelow = true
    }
    const shown = !options.hideArchived || !account.archived || liveBelow
    if (!shown) rows.splice(at, 1)
    return shown && (!account.archived || liveBelow)
  }
  const seen = new Set<string>()
  for (const root of children.get(null) ?? []) visit(root, 0, seen)
  // Accounts caught in a parent cycle have no root; show them rather than lose them.
  for (const account of accounts) if (!seen.has(account.id)) visit(account, 0, seen)
  return rows
}
