import { useState, type FormEvent } from 'react'
import type { Contact } from '../../../shared/domain/sales'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { useI18n } from '../../i18n/i18n-context'
import type { Translate } from '../../i18n/translate'
import { useInvoke, useServices, useSession } from '../../state/services'
import { ContactAddresses, ContactPeople } from './contact-form-parts'
import {
  contactDraft,
  contactInput,
  type ContactDraft,
  type ContactProblem,
} from './contact-form-state'
import { CustomerGroupField } from '../price-lists/customer-group-field'

function problemText(problem: ContactProblem, t: Translate, decimals: number): string {
  if (problem === 'terms') return t('sales.problem.amount')
  if (problem === 'limit-too-many-decimals') return t('sales.problem.tooManyDecimals', { decimals })
  if (problem === 'limit-negative') return t('sales.problem.negative')
  return t('sales.problem.amount')
}

/**
 * Creates or edits a contact: details, addresses and people. The engine's refusals land next to
 * the field at fault. Escape cancels; the first field has the cursor.
 */
export function ContactForm(props: {
  contact: Contact | null
  initialName?: string
  /** A new contact starts as a supplier rather than a customer. */
  supplier?: boolean
  onDone: (contact?: Contact) => void
}) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const sales = useServices().sales
  const decimals = useSession((store) => store.session?.company?.decimals ?? 2)
  const [draft, setDraft] = useState<ContactDraft>(() =>
    contactDraft(props.contact, decimals, props.initialName, props.supplier),
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof ContactDraft>(field: K, value: ContactDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }))
    setErrors((current) => {
      const { [field]: _gone, ...rest } = current
      return rest
    })
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setErrors({})
    setFormError(null)
    const built = contactInput(draft, { decimals, locale: format.locale })
    if (!built.ok) {
      const byField: Record<string, string> = {}
      for (const [field, problem] of Object.entries(built.problems))
        byField[field] = problemText(problem, t, decimals)
      return setErrors(byField)
    }
    setBusy(true)
    try {
      const saved = props.contact
        ? await invoke('contacts.update', { id: props.contact.id, ...built.input })
        : await invoke('contacts.create', built.input)
      sales.getState().putContact(saved)
      props.onDone(saved)
    } catch (caught) {
      const error = asRpcError(caught)
      const field = error.field?.replace(
        /^people\.(\d+)\./,
        (_whole, index: string) => `people.${built.peopleIndex[Number(index)] ?? index}.`,
      )
      if (field) setErrors({ [field]: error.message })
      else setFormError(error.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="card contact-form"
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          props.onDone()
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.stopPropagation()
          void onSubmit(event)
        }
      }}
      noValidate
    >
      <h2>
        {props.contact
          ? t('contact.editTitle', { name: props.contact.name })
          : t(props.supplier ? 'supplier.newTitle' : 'contact.newTitle')}
      </h2>
      {formError ? <div className="field-error form-error">{formError}</div> : null}
      <div className="field-row">
        <Field label={t('contact.field.name')} error={errors.name} className="grow">
          <input
            autoFocus
            dir="auto"
            value={draft.name}
            onChange={(event) => set('name', event.target.value)}
          />
        </Field>
        <Field label={t('contact.field.kind')} error={errors.kind}>
          <select
            value={draft.kind}
            onChange={(event) => set('kind', event.target.value as ContactDraft['kind'])}
          >
            <option value="company">{t('contact.kind.company')}</option>
            <option value="person">{t('contact.kind.person')}</option>
          </select>
        </Field>
        <fieldset className="field choice">
          <legend>{t('contact.field.roles')}</legend>
          <label>
            <input
              type="checkbox"
              checked={draft.isCustomer}
              aria-invalid={errors.isCustomer ? true : undefined}
              onChange={(event) => set('isCustomer', event.target.checked)}
            />
            {t('contact.field.isCustomer')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={draft.isSupplier}
              onChange={(event) => set('isSupplier', event.target.checked)}
            />
            {t('contact.field.isSupplier')}
          </label>
          {errors.isCustomer ? (
            <div className="field-error" role="alert">
              {errors.isCustomer}
            </div>
          ) : null}
        </fieldset>
      </div>
      <div className="field-row">
        <Field label={t('contact.field.taxId')} error={errors.taxId}>
          <input dir="auto" value={draft.taxId} onChange={(e) => set('taxId', e.target.value)} />
        </Field>
        <Field
          label={t('contact.field.paymentTermsDays')}
          error={errors.paymentTermsDays}
          className="narrow"
        >
          <input
            inputMode="numeric"
            className="amount-input"
            value={draft.paymentTermsDays}
            onChange={(event) => set('paymentTermsDays', event.target.value)}
          />
        </Field>
        <Field
          label={t('contact.field.creditLimit')}
          error={errors.creditLimit}
          hint={t('contact.field.creditLimitHint')}
          className="narrow"
        >
          <input
            inputMode="decimal"
            className="amount-input"
            value={draft.creditLimit}
            onChange={(event) => set('creditLimit', event.target.value)}
          />
        </Field>
        <Field
          label={t('contact.field.tags')}
          error={errors.tags}
          hint={t('contact.field.tagsHint')}
        >
          <input dir="auto" value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
        </Field>
        {draft.isCustomer ? (
          <CustomerGroupField
            value={draft.customerGroupId}
            error={errors.customerGroupId}
            onChange={(groupId) => set('customerGroupId', groupId)}
          />
        ) : null}
      </div>
      <ContactAddresses
        addresses={draft.addresses}
        onChange={(addresses) => set('addresses', addresses)}
      />
      <ContactPeople
        people={draft.people}
        errors={errors}
        onChange={(people) => set('people', people)}
      />
      <Field label={t('contact.field.notes')} error={errors.notes}>
        <textarea
          dir="auto"
          rows={2}
          value={draft.notes}
          onChange={(event) => set('notes', event.target.value)}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {props.contact
            ? t('action.save')
            : t(props.supplier ? 'supplier.create' : 'contact.create')}{' '}
          <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" onClick={() => props.onDone()}>
          {t('action.cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  )
}
