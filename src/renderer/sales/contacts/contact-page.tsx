import { useState } from 'react'
import type { Contact } from '../../../shared/domain/sales'
import { ActionButton, useEngineAction } from '../../components/action-button'
import { RecordPage } from '../../components/record-page'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke, useServices } from '../../state/services'
import { ContactFlow } from './contact-flow'
import { ContactForm } from './contact-form'
import { ContactOverview, useContactBalance } from './contact-overview'
import { ContactStatement } from './contact-statement'

/**
 * The customer at a glance: what they owe and how late, their invoices with payment status,
 * credit kept, and their details, addresses and people. Edit and archive from here.
 */
export function ContactPage(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const sales = useServices().sales
  const balance = useContactBalance(props.id, 'customer')
  const action = useEngineAction()
  const [editing, setEditing] = useState(false)
  const onSaved = (saved?: Contact) => {
    setEditing(false)
    if (saved) balance.reload()
  }

  return (
    <RecordPage query={balance.contact} id={props.id}>
      {(contact) => (
        <div className="page contact-page">
          {editing ? <ContactForm contact={contact} onDone={onSaved} /> : null}
          <ContactOverview
            balance={balance}
            contact={contact}
            badge={t(`contact.kind.${contact.kind}`)}
            notice={
              action.error ? (
                <div className="field-error" role="alert">
                  {action.error}
                </div>
              ) : null
            }
            actions={
              <>
                <button type="button" onClick={() => setEditing(true)}>
                  {t('action.edit')}
                </button>
                <ActionButton
                  action={action}
                  run={() =>
                    invoke('contacts.setArchived', { id: contact.id, archived: !contact.archived })
                  }
                  onDone={(saved) => {
                    sales.getState().putContact(saved)
                    balance.contact.reload()
                  }}
                >
                  {contact.archived ? t('sales.unarchive') : t('sales.archive')}
                </ActionButton>
              </>
            }
          />
          <ContactFlow contactId={contact.id} />
          <ContactStatement contactId={contact.id} asOf={balance.asOf} />
        </div>
      )}
    </RecordPage>
  )
}
