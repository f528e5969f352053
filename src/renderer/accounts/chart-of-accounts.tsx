import { useState } from 'react'
import type { Account } from '../../shared/domain/ledger'
import { asRpcError } from '../api/rpc-error'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useAccounts, useInvoke, useServices } from '../state/services'
import { AccountForm, type AccountFormMode } from './account-form'
import { accountTreeRows } from './account-tree'

/** The chart as a tree: add, edit, archive or delete accounts. */
export function ChartOfAccounts() {
  const { t, tn } = useI18n()
  const invoke = useInvoke()
  const store = useServices().accounts
  const accounts = useAccounts((state) => state.accounts)
  const [hideArchived, setHideArchived] = useState(false)
  const [mode, setMode] = useState<AccountFormMode | null>(null)
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null)

  if (!accounts) return <p className="empty">{t('app.loading')}</p>
  const rows = accountTreeRows(accounts, { hideArchived })

  const act = async (account: Account, action: () => Promise<void>) => {
    setRowError(null)
    try {
      await action()
    } catch (caught) {
      setRowError({ id: account.id, message: asRpcError(caught).message })
    }
  }
  const setArchived = (account: Account, archived: boolean) =>
    act(account, async () =>
      store.getState().put(await invoke('accounts.setArchived', { id: account.id, archived })),
    )
  const remove = (account: Account) =>
    act(account, async () => {
      await invoke('accounts.delete', { id: account.id })
      store.getState().remove(account.id)
    })

  return (
    <div className="page accounts-page">
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => setMode({ kind: 'new', parentId: null })}
        >
          {t('accounts.new')}
        </button>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={hideArchived}
            onChange={(event) => setHideArchived(event.target.checked)}
          />
          {t('accounts.hideArchived')}
        </label>
        <span className="toolbar-count muted">{tn('accounts.count', accounts.length)}</span>
      </div>
      {mode ? (
        <AccountForm
          key={mode.kind === 'edit' ? mode.account.id : `new:${mode.parentId ?? ''}`}
          mode={mode}
          onDone={() => setMode(null)}
        />
      ) : null}
      {accounts.length === 0 ? <Notice tone="info">{t('accounts.empty')}</Notice> : null}
      <table className="grid accounts-table">
        <thead>
          <tr>
            <th className="col-code">{t('accounts.field.code')}</th>
            <th>{t('accounts.field.name')}</th>
            <th className="col-type">{t('accounts.field.type')}</th>
            <th className="col-actions">
              <span className="visually-hidden">{t('accounts.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ account, depth, hasChildren }) => (
            <tr
              key={account.id}
              className={account.archived ? 'archived' : undefined}
              data-account={account.code}
            >
              <td className="col-code">{account.code}</td>
              <td>
                <span
                  className={hasChildren ? 'tree-name parent' : 'tree-name'}
                  style={{ paddingInlineStart: `${depth * 1.4}em` }}
                >
                  <a href={routeHref({ page: 'general-ledger', account: account.id })}>
                    {account.name}
                  </a>
                  {account.archived ? (
                    <span className="badge">{t('accounts.archived')}</span>
                  ) : null}
                </span>
                {rowError?.id === account.id ? (
                  <div className="field-error" role="alert">
                    {rowError.message}
                  </div>
                ) : null}
              </td>
              <td className="col-type">{t(`accountType.${account.type}`)}</td>
              <td className="col-actions">
                <button
                  type="button"
                  className="link"
                  onClick={() => setMode({ kind: 'new', parentId: account.id })}
                >
                  {t('accounts.addChild')}
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => setMode({ kind: 'edit', account })}
                >
                  {t('action.edit')}
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => void setArchived(account, !account.archived)}
                >
                  {account.archived ? t('accounts.unarchive') : t('accounts.archive')}
                </button>
                <button type="button" className="link danger" onClick={() => void remove(account)}>
                  {t('action.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
