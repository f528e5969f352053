import type { Account } from '../../shared/domain/ledger'

export const accountLabel = (account: Pick<Account, 'code' | 'name'>) =>
  `${account.code} ${account.name}`

/**
 * Accounts for what was typed in an account cell, best first: the code itself, codes starting
 * with it ("41"), names or words in names starting with it ("sal"), then anything containing it.
 * Archived accounts take no postings and are not offered.
 */
export function matchAccounts(accounts: readonly Account[], query: string, limit = 8): Account[] {
  const q = query.trim().toLocaleLowerCase()
  const live = accounts.filter((account) => !account.archived)
  if (!q) return live.slice(0, limit)
  const ranked: { account: Account; rank: number }[] = []
  for (const account of live) {
    const rank = rankOf(account, q)
    if (rank !== null) ranked.push({ account, rank })
  }
  ranked.sort((a, b) => a.rank - b.rank || (a.account.code < b.account.code ? -1 : 1))
  return ranked.slice(0, limit).map((item) => item.account)
}

function rankOf(account: Account, q: string): number | null {
  const code = account.code.toLocaleLowerCase()
  const name = account.name.toLocaleLowerCase()
  if (code === q || accountLabel(account).toLocaleLowerCase() === q) return 0
  if (code.startsWith(q)) return 1
  if (name.startsWith(q)) return 2
  if (name.split(/[\s\-/,.()]+/).some((word) => word.startsWith(q))) return 3
  if (name.includes(q) || code.includes(q)) return 4
  return null
}

/** The one account the text names exactly (by code or "code name"), if any. */
export function exactAccount(accounts: readonly Account[], text: string): Account | undefined {
  const q = text.trim().toLocaleLowerCase()
  if (!q) return undefined
  return accounts.find(
    (account) =>
      !account.archived &&
      (account.code.toLocaleLowerCase() === q || accountLabel(account).toLocaleLowerCase() === q),
  )
}
