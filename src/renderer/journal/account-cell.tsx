import type { Account } from '../../shared/domain/ledger'
import { PickCell } from '../components/pick-cell'
import { useI18n } from '../i18n/i18n-context'
import { accountLabel, exactAccount, matchAccounts } from './account-match'

/**
 * An account cell with autocomplete: type a code ("41") or part of a name ("sal"), arrows move,
 * Enter picks and moves on. Text that names one account exactly picks it as you type.
 */
export function AccountCell(props: {
  field: string
  text: string
  accountId: string
  accounts: readonly Account[]
  label: string
  invalid: boolean
  describedBy?: string
  onChange: (text: string, accountId: string) => void
  onAdvance: () => void
}) {
  const { t } = useI18n()
  return (
    <PickCell
      field={props.field}
      text={props.text}
      picked={!!props.accountId}
      label={props.label}
      empty={t('entry.noAccountMatches')}
      invalid={props.invalid}
      describedBy={props.describedBy}
      options={(typed) =>
        matchAccounts(props.accounts, typed).map((account) => ({
          key: account.id,
          item: account,
          content: (
            <>
              <span className="autocomplete-code">{account.code}</span>
              <span className="autocomplete-name">{account.name}</span>
            </>
          ),
        }))
      }
      onType={(typed) => props.onChange(typed, exactAccount(props.accounts, typed)?.id ?? '')}
      onPick={(account) => props.onChange(accountLabel(account), account.id)}
      onAdvance={props.onAdvance}
    />
  )
}
