import type { Contact } from '../../../shared/domain/sales'
import { Amount } from '../../components/amount'
import { Field } from '../../components/field'
import { ContactPickField } from '../../components/pick-contact'
import { useI18n } from '../../i18n/i18n-context'
import { accountOptions } from '../account-select'
import { matchCustomers, matchSuppliers } from '../sales-match'
import { PAYMENT_WORDS, type PaymentSide } from './payment-side'

/** Who pays (a customer) or is paid (a supplier), picked by name. */
export function PaymentContactField(props: {
  side: PaymentSide
  contacts: readonly Contact[]
  text: string
  picked: boolean
  error: string | undefined
  onType: (text: string) => void
  onPick: (contact: Contact) => void
  onAdvance: () => void
}) {
  const { t } = useI18n()
  const words = PAYMENT_WORDS[props.side]
  return (
    <ContactPickField
      label={t(words.contact)}
      empty={t(words.noMatches)}
      contacts={props.contacts}
      match={props.side === 'supplier' ? matchSuppliers : matchCustomers}
      text={props.text}
      picked={props.picked}
      error={props.error}
      onType={props.onType}
      onPick={props.onPick}
      onAdvance={props.onAdvance}
    />
  )
}

type DetailField = 'accountId' | 'date' | 'reference' | 'memo'

/** The payment's account (an asset: bank or cash), date, reference and memo. */
export function PaymentDetailFields(props: {
  accountLabel: string
  accounts: Parameters<typeof accountOptions>[0]
  values: Record<DetailField, string>
  errors: Record<string, string>
  onChange: (field: DetailField, value: string) => void
}) {
  const { t } = useI18n()
  const { values, errors, onChange } = props
  return (
    <>
      <Field label={props.accountLabel} error={errors.accountId}>
        <select
          data-field="accountId"
          value={values.accountId}
          onChange={(event) => onChange('accountId', event.target.value)}
        >
          {accountOptions(props.accounts, ['asset'], values.accountId)}
        </select>
      </Field>
      <Field label={t('payment.field.date')} error={errors.date} className="narrow">
        <input
          type="date"
          data-field="date"
          value={values.date}
          onChange={(event) => onChange('date', event.target.value)}
        />
      </Field>
      <Field label={t('payment.field.reference')} error={errors.reference} className="narrow">
        <input
          data-field="reference"
          dir="auto"
          autoComplete="off"
          value={values.reference}
          onChange={(event) => onChange('reference', event.target.value)}
        />
      </Field>
      <Field label={t('payment.field.memo')} error={errors.memo} className="grow">
        <input
          data-field="memo"
          dir="auto"
          autoComplete="off"
          value={values.memo}
          onChange={(event) => onChange('memo', event.target.value)}
        />
      </Field>
    </>
  )
}

/** "Keep the rest as credit", which paying more than the allocations needs. */
export function KeepCreditBox(props: {
  label: string
  checked: boolean
  error: string | undefined
  onChange: (checked: boolean) => void
}) {
  return (
    <>
      <label className="checkbox keep-credit">
        <input
          type="checkbox"
          checked={props.checked}
          aria-invalid={props.error ? true : undefined}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        {props.label}
      </label>
      {props.error ? (
        <div className="field-error" role="alert">
          {props.error}
        </div>
      ) : null}
    </>
  )
}

/** Send (Ctrl+Enter), and beside it what the contact's open documents still owe. */
export function PaymentActions(props: {
  busy: boolean
  onSubmit: () => void
  /** Null until a contact is picked. */
  balanceLabel: string | null
  balance: bigint
}) {
  const { t } = useI18n()
  return (
    <div className="actions entry-actions">
      <button type="button" className="primary" disabled={props.busy} onClick={props.onSubmit}>
        {t('payment.submit')} <kbd>Ctrl+Enter</kbd>
      </button>
      {props.balanceLabel !== null ? (
        <span className="muted">
          {props.balanceLabel}: <Amount value={props.balance} />
        </span>
      ) : null}
    </div>
  )
}
