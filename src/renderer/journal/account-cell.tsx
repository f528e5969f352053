import { useId, useState, type KeyboardEvent } from 'react'
import type { Account } from '../../shared/domain/ledger'
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
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const matches = open ? matchAccounts(props.accounts, props.text) : []
  const current = Math.min(active, Math.max(0, matches.length - 1))

  const type = (text: string) => {
    props.onChange(text, exactAccount(props.accounts, text)?.id ?? '')
    setOpen(true)
    setActive(0)
  }
  const pick = (account: Account) => {
    props.onChange(accountLabel(account), account.id)
    setOpen(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) {
        setOpen(true)
        setActive(0)
        return
      }
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current + step + matches.length) % Math.max(1, matches.length))
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      event.stopPropagation()
      const chosen = open && props.text.trim() ? matches[current] : undefined
      if (chosen) pick(chosen)
      else if (props.text.trim() && !props.accountId) {
        setOpen(true)
        return
      }
      props.onAdvance()
    }
  }

  const showList = open && props.text.trim() !== ''
  return (
    <div className="account-cell">
      <input
        data-field={props.field}
        dir="auto"
        value={props.text}
        role="combobox"
        aria-label={props.label}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && matches[current] ? `${listId}-${current}` : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => type(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {showList ? (
        <ul className="autocomplete" id={listId} role="listbox" aria-label={props.label}>
          {matches.length === 0 ? (
            <li className="autocomplete-empty">{t('entry.noAccountMatches')}</li>
          ) : null}
          {matches.map((account, index) => (
            <li
              key={account.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(account)
              }}
            >
              <span className="autocomplete-code">{account.code}</span>
              <span className="autocomplete-name">{account.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
