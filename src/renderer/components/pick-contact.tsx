import type { ReactNode } from 'react'
import type { Contact } from '../../shared/domain/sales'
import { PickCell } from './pick-cell'

/**
 * A document's customer or supplier, picked by name: a labelled autocomplete over the contacts
 * `match` offers for what was typed, with its error under it. `errorId` ties the two for screen
 * readers; `extra` is a last row such as "Create customer…".
 */
export function ContactPickField(props: {
  label: string
  empty: string
  contacts: readonly Contact[]
  match: (contacts: readonly Contact[], typed: string) => Contact[]
  text: string
  picked: boolean
  error: string | undefined
  errorId?: string
  extra?: { content: ReactNode; run: () => void }
  onType: (text: string) => void
  onPick: (contact: Contact) => void
  onAdvance: () => void
}) {
  const describedBy = props.error ? props.errorId : undefined
  return (
    <div className="field grow customer-field">
      <label>{props.label}</label>
      <PickCell
        field="contactId"
        text={props.text}
        picked={props.picked}
        label={props.label}
        empty={props.empty}
        invalid={!!props.error}
        describedBy={describedBy}
        options={(typed) =>
          props.match(props.contacts, typed).map((contact) => ({
            key: contact.id,
            item: contact,
            content: <span className="autocomplete-name">{contact.name}</span>,
          }))
        }
        extra={props.extra}
        onType={props.onType}
        onPick={props.onPick}
        onAdvance={props.onAdvance}
      />
      {props.error ? (
        <div className="field-error" id={describedBy} role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  )
}
