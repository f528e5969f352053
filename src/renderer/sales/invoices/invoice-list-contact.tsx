import { useState } from 'react'
import { ContactPickField } from '../../components/pick-contact'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke, useSession } from '../../state/services'
import { matchCustomers, matchSuppliers } from '../sales-match'
import type { PostedDocumentListKind } from './posted-document-list'

/**
 * The customer (or supplier) to narrow a document list to, typed and picked by name: Enter picks,
 * Escape or × clears. The box shows the picked contact's name, also when the address picked it;
 * words typed but not picked go when the box is left, so it never shows what the list is not.
 */
export function ContactFilter(props: {
  kind: PostedDocumentListKind
  value: string | undefined
  onChange: (contact: string | undefined) => void
}) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const contacts = useQuery(companyPath, () => invoke('contacts.list', {}))
  const customers = props.kind.contacts === 'customer'
  const chosen = contacts.data?.find((contact) => contact.id === props.value)
  // Undefined while the box shows the chosen contact rather than what is being typed.
  const [typed, setTyped] = useState<string | undefined>(undefined)
  const [shown, setShown] = useState(props.value)
  if (shown !== props.value) {
    setShown(props.value)
    setTyped(undefined)
  }
  const text = typed ?? chosen?.name ?? ''
  const clear = () => {
    setTyped(undefined)
    if (props.value) props.onChange(undefined)
  }
  const all = t(customers ? 'documentList.anyCustomer' : 'documentList.anySupplier')

  return (
    <div
      className="contact-filter"
      onKeyDown={(event) => {
        // An open list closes on the first Escape (the cell stops it); the next one clears.
        if (event.key !== 'Escape' || !text) return
        event.preventDefault()
        event.stopPropagation()
        clear()
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setTyped(undefined)
      }}
    >
      <ContactPickField
        label={t(props.kind.words.contact)}
        empty={t(customers ? 'invoice.noCustomerMatches' : 'bill.noSupplierMatches')}
        contacts={contacts.data ?? []}
        match={customers ? matchCustomers : matchSuppliers}
        text={text}
        picked={!!chosen && typed === undefined}
        error={undefined}
        onType={(value) => {
          setTyped(value)
          if (!value.trim() && props.value) props.onChange(undefined)
        }}
        onPick={(contact) => {
          setTyped(undefined)
          props.onChange(contact.id)
        }}
        onAdvance={() => undefined}
      />
      {text ? (
        <button
          type="button"
          className="contact-filter-clear"
          aria-label={all}
          title={all}
          onClick={clear}
        >
          ×
        </button>
      ) : null}
    </div>
  )
}
