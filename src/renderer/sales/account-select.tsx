import type { Account, AccountType } from '../../shared/domain/ledger'
import { accountLabel } from '../journal/account-match'

/** Live accounts of the given types, for a select; keeps the current one even if archived. */
export function accountOptions(
  accounts: readonly Account[],
  types: readonly AccountType[],
  current: string,
) {
  return accounts
    .filter(
      (account) => account.id === current || (!account.archived && types.includes(account.type)),
    )
    .map((account) => (
      <option key={account.id} value={account.id}>
        {accountLabel(account)}
      </option>
    ))
}

/** The account with `code` if it is live, else the first live leaf-ish account of the types. */
export function defaultAccount(
  accounts: readonly Account[],
  code: string,
  types: readonly AccountType[],
): string {
  const live = accounts.filter((account) => !account.archived)
  return (
    live.find((account) => account.code === code)?.id ??
    live.find((account) => types.includes(account.type) && account.parentId)?.id ??
    ''
  )
}
