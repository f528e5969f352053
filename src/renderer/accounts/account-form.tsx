import { useState } from 'react'
import { ACCOUNT_TYPES, type Account, type AccountType } from '../../shared/domain/ledger'
import { Field } from '../components/field'
import { RecordForm } from '../components/record-form'
import { useFormRefusal } from '../components/use-form-fields'
import { useI18n } from '../i18n/i18n-context'
import { accountLabel } from '../journal/account-match'
import { useAccounts, useInvoke, useServices } from '../state/services'

const FIELDS = ['code', 'name', 'type', 'parentId'] as const

export type AccountFormMode =
  { kind: 'new'; parentId: string | null } | { kind: 'edit'; account: Account }

/** Adds an account (under a parent, if any) or edits one; the engine's refusals land by field. */
export function AccountForm(props: { mode: AccountFormMode; onDone: (account?: Account) => void }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const store = useServices().accounts
  const accounts = useAccounts((state) => state.accounts) ?? []
  const { mode } = props
  const editing = mode.kind === 'edit' ? mode.account : null
  const parent = mode.kind === 'new' ? accounts.find((item) => item.id === mode.parentId) : null
  const [code, setCode] = useState(editing?.code ?? '')
  const [name, setName] = useState(editing?.name ?? '')
  const [type, setType] = useState<AccountType>(editing?.type ?? parent?.type ?? 'asset')
  const [parentId, setParentId] = useState<string>(editing?.parentId ?? parent?.id ?? '')
  const { errors, formError, attempt } = useFormRefusal(FIELDS)

  const onSubmit = () => {
    void attempt(async () => {
      const input = { code, name, type, parentId: parentId || null }
      const saved = editing
        ? await invoke('accounts.update', { id: editing.id, ...input })
        : await invoke('accounts.create', input)
      store.getState().put(saved)
      props.onDone(saved)
    })
  }

  return (
    <RecordForm
      title={editing ? t('accounts.editTitle', { code: editing.code }) : t('accounts.newTitle')}
      formError={formError}
      submitLabel={editing ? undefined : t('accounts.add')}
      onSubmit={onSubmit}
      onCancel={() => props.onDone()}
    >
      <div className="field-row">
        <Field label={t('accounts.field.code')} error={errors.code} className="narrow">
          <input autoFocus value={code} onChange={(event) => setCode(event.target.value)} />
        </Field>
        <Field label={t('accounts.field.name')} error={errors.name} className="grow">
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <Field label={t('accounts.field.type')} error={errors.type}>
          <select value={type} onChange={(event) => setType(event.target.value as AccountType)}>
            {ACCOUNT_TYPES.map((item) => (
              <option key={item} value={item}>
                {t(`accountType.${item}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('accounts.field.parent')} error={errors.parentId}>
          <select value={parentId} onChange={(event) => setParentId(event.target.value)}>
            <option value="">{t('accounts.noParent')}</option>
            {accounts
              .filter((item) => item.id !== editing?.id)
              .map((item) => (
                <option key={item.id} value={item.id}>
                  {accountLabel(item)}
                </option>
              ))}
          </select>
        </Field>
      </div>
    </RecordForm>
  )
}
